import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import type { Database } from '../../../db/schema'
import type { Backend } from '../../../server/backend'
import { analysisWithOverrides, planOfBlock } from '../../../server/block-analysis'
import { checkRosterPage } from '../../../server/roster-check'
import { encodeFindings } from '../../../server/analysis/stored-findings'
import { addDays } from '../../../shared/plans/calendar'
import type { Block, BlockSummary } from '../../../shared/schemas/block.schema'
import type { BlockWriteResult } from '../../../shared/schemas/block-write.schema'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import type { ReadinessEntry } from '../../../shared/schemas/readiness.schema'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { StoredExercise } from '../../../shared/schemas/exercise.schema'
import type { RosterCheckPage, RosterFinding } from '../../../shared/schemas/roster.schema'
import { testBackend, value } from '../../support/backend'

/** What every stored analysis is overwritten with: a finding no engine writes. */
const MARK = encodeFindings([
  {
    rule: 'XXX-00',
    severity: 'info',
    week: 0,
    day: null,
    sessions: [],
    message: 'read from the store',
    fix: '',
    placementDependent: false,
  },
])

/** Every stored analysis replaced by MARK, its fingerprint kept: what is read back shows. */
async function markStored(db: Kysely<Database>) {
  await db.updateTable('stored_analyses').set({ findings: MARK }).execute()
}

/** The whole roster check, each client's findings by name. */
async function check(db: Kysely<Database>, engineVersion?: string) {
  const byClient = new Map<string, RosterFinding[]>()
  for (let offset = 0; ; offset += 5) {
    const page = await checkRosterPage(
      db,
      { offset, limit: 5 },
      engineVersion === undefined ? {} : { engineVersion },
    )
    for (const c of page.checked) byClient.set(c.clientName, [])
    for (const f of page.findings) byClient.get(f.clientName)!.push(f)
    if (offset + 5 >= page.total) return byClient
  }
}

/** The check as the app calls it (through the contract, the process's memory of it included). */
async function appCheck(backend: Backend) {
  const byClient = new Map<string, RosterFinding[]>()
  for (let offset = 0; ; offset += 5) {
    const page = value<RosterCheckPage>(
      await backend.dispatch('roster.check', { offset, limit: 5 }),
    )
    for (const c of page.checked) byClient.set(c.clientName, [])
    for (const f of page.findings) byClient.get(f.clientName)!.push(f)
    if (offset + 5 >= page.total) return byClient
  }
}

const fromStore = (findings: readonly RosterFinding[]) =>
  findings.length === 1 && findings[0]!.rule === 'XXX-00'

/** A block's findings analysed afresh, with no stored analysis involved. */
async function uncached(backend: Backend, blockId: string) {
  const block = value<Block>(await backend.dispatch('blocks.get', { id: blockId }))
  return analysisWithOverrides(await planOfBlock({ db: backend.database.db }, block)).findings
}

const withoutNames = (findings: readonly RosterFinding[]) =>
  findings.map(
    ({ clientId: _c, clientName: _n, blockId: _b, blockName: _bn, ...finding }) => finding,
  )

async function demo() {
  const backend = await testBackend({ seedDemo: true })
  const call = async <T>(name: Parameters<Backend['dispatch']>[0], input: unknown) =>
    value<T>(await backend.dispatch(name, input))
  const maya = (await call<ClientSummary[]>('clients.list', { search: 'Maya' }))[0]!
  const blocks = await call<BlockSummary[]>('blocks.listForClient', { clientId: maya.id })
  const active = await call<Block>('blocks.get', { id: maya.activeBlock!.id })
  const past = await call<Block>('blocks.get', {
    id: blocks.find((b) => b.status === 'done')!.id,
  })
  return { backend, db: backend.database.db, call, maya, active, past }
}

type Demo = Awaited<ReturnType<typeof demo>>

/** Each input of Maya's analysis, changed the way the app changes it. */
const MAYAS_INPUTS: [string, (d: Demo) => Promise<unknown>][] = [
  [
    'a session of her block',
    ({ call, active }) =>
      call<BlockWriteResult>('blocks.write', {
        blockId: active.id,
        revision: active.revision,
        write: {
          kind: 'patches',
          patches: [{ op: 'update', id: active.sessions[0]!.id, changes: { durationMin: 95 } }],
        },
      }),
  ],
  [
    'a max',
    ({ call, maya }) =>
      call('maxes.set', {
        clientId: maya.id,
        lift: 'Back squat',
        oneRmKg: 97.5,
        measuredOn: '2026-11-01',
      }),
  ],
  [
    'a logged session in an earlier block',
    ({ call, past }) =>
      call('blocks.write', {
        blockId: past.id,
        revision: past.revision,
        write: {
          kind: 'patches',
          patches: [{ op: 'update', id: past.sessions.at(-1)!.id, changes: { status: 'skipped' } }],
        },
      }),
  ],
  [
    'an earlier block no longer trained (a draft again)',
    ({ call, past }) =>
      call('blocks.write', {
        blockId: past.id,
        revision: past.revision,
        write: { kind: 'status', status: 'draft' },
      }),
  ],
  [
    'a readiness report',
    ({ call, maya, active }) =>
      call('readiness.save', {
        clientId: maya.id,
        entries: [{ date: active.startDate, sleepH: 4.5, fatigue: 9 }],
      }),
  ],
  [
    'a readiness report removed',
    async ({ call, maya }) => {
      const reports = await call<ReadinessEntry[]>('readiness.list', { clientId: maya.id })
      const removed = await call<{ removed: boolean }>('readiness.remove', {
        clientId: maya.id,
        date: reports.at(-1)!.date,
      })
      expect(removed.removed).toBe(true)
    },
  ],
  [
    'a max removed',
    async ({ call, maya }) => {
      const removed = await call<{ removed: boolean }>('maxes.remove', {
        clientId: maya.id,
        lift: 'Back squat',
      })
      expect(removed.removed).toBe(true)
    },
  ],
  [
    'the weeks of an earlier block',
    ({ call, past }) =>
      call('blocks.write', {
        blockId: past.id,
        revision: past.revision,
        write: {
          kind: 'weeks',
          weeks: past.weeks.map((w, i) => (i === 0 ? { ...w, deload: !w.deload } : w)),
        },
      }),
  ],
  [
    'a block joining her history (a copy of an earlier one, marked done)',
    async ({ call, past, active }) => {
      const copy = await call<Block>('blocks.duplicate', {
        id: past.id,
        name: 'Copied block',
        startDate: addDays(active.startDate, -14),
      })
      await call('blocks.write', {
        blockId: copy.id,
        revision: copy.revision,
        write: { kind: 'status', status: 'done' },
      })
    },
  ],
  [
    'her profile',
    async ({ call, maya }) => {
      const client = await call<Client>('clients.get', { id: maya.id })
      const { id, archived: _a, createdAt: _c, updatedAt: _u, ...fields } = client
      return call('clients.update', { id, ...fields, experienceRunning: 'novice' })
    },
  ],
]

describe('stored analyses: the roster check reads what has not changed', () => {
  it.each(MAYAS_INPUTS)(
    'changing %s analyses her block again and no other',
    async (_what, change) => {
      const d = await demo()
      await check(d.db)
      await markStored(d.db)
      await change(d)
      const after = await check(d.db)
      for (const [name, findings] of after) {
        if (name === 'Maya Okafor') {
          expect(fromStore(findings)).toBe(false)
          expect(withoutNames(findings)).toEqual(await uncached(d.backend, d.maya.activeBlock!.id))
        } else expect(fromStore(findings), name).toBe(true)
      }
      // What was computed was stored: the next check reads it back.
      await markStored(d.db)
      expect([...(await check(d.db)).values()].every(fromStore)).toBe(true)
      await d.backend.close()
    },
  )

  it('an alias added to the library, or another engine, analyses every block again', async () => {
    const d = await demo()
    await check(d.db)
    await markStored(d.db)
    expect([...(await check(d.db)).values()].every(fromStore)).toBe(true)
    expect([...(await check(d.db, '0.9.0')).values()].some(fromStore)).toBe(false)
    await check(d.db)
    await markStored(d.db)
    const squat = (await d.call<StoredExercise[]>('exercises.list', {})).find(
      (e) => e.name === 'Back squat',
    )!
    const { id, name, region, pattern, equipment, aliases, modality } = squat
    await d.call('exercises.save', {
      exercise: {
        id,
        name,
        region,
        pattern,
        equipment,
        aliases: [...aliases, 'High-bar back squat'],
        modality,
      },
    })
    expect([...(await check(d.db)).values()].some(fromStore)).toBe(false)
    await d.backend.close()
  })

  it('is never invalidated by time: a new process (the check reads no clock) reads what was stored', async () => {
    const d = await demo()
    await check(d.db)
    await markStored(d.db)
    await d.backend.close()
    const later = await testBackend({ sameDatabaseAs: d.backend })
    expect([...(await check(later.database.db)).values()].every(fromStore)).toBe(true)
    await later.close()
  })
})

describe('stored analyses: a second process writing to the same database', () => {
  it('its writes are seen by this process’s check, its memory and the block screen’s analysis', async () => {
    const d = await demo()
    const before = await appCheck(d.backend)
    const beforeAnalysis = value<BlockAnalysis>(
      await d.backend.dispatch('blocks.analyze', { id: d.active.id }),
    )
    // The command line or a second window: its own process, nothing shared but the file.
    const other = await testBackend({ sameDatabaseAs: d.backend })
    value(
      await other.dispatch('readiness.save', {
        clientId: d.maya.id,
        entries: [{ date: d.active.startDate, sleepH: 3.5, fatigue: 10, illness: true }],
      }),
    )
    value(
      await other.dispatch('blocks.write', {
        blockId: d.past.id,
        revision: d.past.revision,
        write: {
          kind: 'patches',
          patches: [
            { op: 'update', id: d.past.sessions.at(-1)!.id, changes: { status: 'skipped' } },
          ],
        },
      }),
    )
    await other.close()
    const after = await appCheck(d.backend)
    const fresh = await uncachedRoster(d.backend)
    expect(new Map([...after].map(([name, f]) => [name, withoutNames(f)]))).toEqual(fresh)
    // The report of an ill, sleepless Monday shows: Maya's findings are not what they were.
    expect(withoutNames(after.get('Maya Okafor')!)).not.toEqual(
      withoutNames(before.get('Maya Okafor')!),
    )
    const analysis = value<BlockAnalysis>(
      await d.backend.dispatch('blocks.analyze', { id: d.active.id }),
    )
    expect(analysis.findings).toEqual(fresh.get('Maya Okafor'))
    expect(analysis.findings).not.toEqual(beforeAnalysis.findings)
    await d.backend.close()
  })
})

/** The roster check as it was before stored analyses: every active block analysed afresh. */
async function uncachedRoster(backend: Backend) {
  const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
  const byClient = new Map<string, unknown[]>()
  for (const client of clients.filter((c) => c.activeBlock !== null)) {
    byClient.set(client.name, await uncached(backend, client.activeBlock!.id))
  }
  return byClient
}

const anyIndex = fc.nat({ max: 1000 })
/** One change a coach makes, to any client: an edit, a log, a report, a max, the library. */
const CHANGE = fc.oneof(
  fc.record({
    kind: fc.constant('edit'),
    who: anyIndex,
    which: anyIndex,
    minutes: fc.integer({ min: 10, max: 150 }),
  }),
  fc.record({
    kind: fc.constant('log'),
    who: anyIndex,
    which: anyIndex,
    status: fc.constantFrom('completed', 'skipped', 'planned'),
    rpe: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('report'),
    who: anyIndex,
    week: fc.integer({ min: 0, max: 3 }),
    sleep: fc.integer({ min: 3, max: 10 }),
    ill: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('max'), who: anyIndex, kg: fc.integer({ min: 40, max: 250 }) }),
  fc.record({
    kind: fc.constant('alias'),
    which: anyIndex,
    alias: fc.constantFrom('Thing one', 'Thing two', 'Thing three'),
  }),
)

describe('stored analyses: property', () => {
  it('after any edits, logs, reports, maxes and library changes, the roster check equals one analysing every block afresh', async () => {
    const d = await demo()
    const clients = (await d.call<ClientSummary[]>('clients.list', {})).filter(
      (c) => c.activeBlock !== null,
    )
    const blockOf = async (client: ClientSummary, status: 'active' | 'done') => {
      const summaries = await d.call<BlockSummary[]>('blocks.listForClient', {
        clientId: client.id,
      })
      const summary = summaries.find((b) => b.status === status)
      return summary && d.call<Block>('blocks.get', { id: summary.id })
    }
    const patch = (block: Block, id: string, changes: object) =>
      d.call('blocks.write', {
        blockId: block.id,
        revision: block.revision,
        write: { kind: 'patches', patches: [{ op: 'update', id, changes }] },
      })
    await fc.assert(
      fc.asyncProperty(fc.array(CHANGE, { minLength: 1, maxLength: 4 }), async (changes) => {
        for (const change of changes) {
          if (change.kind === 'alias') {
            const library = await d.call<StoredExercise[]>('exercises.list', {})
            const { id, name, region, pattern, equipment, aliases, modality } =
              library[change.which % library.length]!
            if (aliases.includes(change.alias)) continue
            const taken = library.some((e) => [e.name, ...e.aliases].includes(change.alias))
            if (taken) continue
            await d.call('exercises.save', {
              exercise: {
                id,
                name,
                region,
                pattern,
                equipment,
                aliases: [...aliases, change.alias],
                modality,
              },
            })
            continue
          }
          const client = clients[change.who % clients.length]!
          if (change.kind === 'edit') {
            const block = (await blockOf(client, 'active'))!
            const session = block.sessions[change.which % block.sessions.length]!
            await patch(block, session.id, { durationMin: change.minutes })
          } else if (change.kind === 'log') {
            const block = await blockOf(client, 'done')
            if (!block) continue
            const session = block.sessions[change.which % block.sessions.length]!
            await patch(
              block,
              session.id,
              change.status === 'completed'
                ? { status: 'completed', rpeActual: change.rpe }
                : { status: change.status, rpeActual: null, minutesActual: null },
            )
          } else if (change.kind === 'report') {
            const block = (await blockOf(client, 'active'))!
            // A week's Monday: the morning its week's readiness is read from.
            const date = new Date(
              Date.parse(`${block.startDate}T00:00:00Z`) + change.week * 7 * 86_400_000,
            )
            await d.call('readiness.save', {
              clientId: client.id,
              entries: [
                {
                  date: date.toISOString().slice(0, 10),
                  sleepH: change.sleep,
                  fatigue: 8,
                  illness: change.ill,
                },
              ],
            })
          } else {
            await d.call('maxes.set', {
              clientId: client.id,
              lift: 'Back squat',
              oneRmKg: change.kg,
              measuredOn: '2026-11-01',
            })
          }
        }
        const fresh = await uncachedRoster(d.backend)
        const stored = await check(d.db)
        expect(new Map([...stored].map(([name, f]) => [name, withoutNames(f)]))).toEqual(fresh)
        // The app's check also keeps what it built in memory for the next one.
        const app = await appCheck(d.backend)
        expect(new Map([...app].map(([name, f]) => [name, withoutNames(f)]))).toEqual(fresh)
      }),
      { numRuns: 12 },
    )
    await d.backend.close()
  })
})
