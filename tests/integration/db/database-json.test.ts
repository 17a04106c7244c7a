import { existsSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BackupError } from '../../../db/backup'
import { dumpAt, loadAt } from '../../../db/dump-anywhere'
import type { DatabaseDump } from '../../../db/database-json'
import type { DatabaseLocation } from '../../../db/open-database'
import { openPostgresDatabase } from '../../../db/postgres/postgres-database'
import { rosterRowCounts } from '../../../db/postgres/postgres-dump'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { locationOf, testBackend, value } from '../../support/backend'
import { freshPostgresDatabase, onPostgres } from '../../support/test-database'
import { tempDbFile } from '../../support/temp-files'

const NOW = new Date('2026-11-23T12:00:00Z')

/** Where a load goes: a new file, or an empty team database (migrated, no rows). */
async function newTarget(): Promise<DatabaseLocation> {
  return onPostgres
    ? { kind: 'postgres', url: await freshPostgresDatabase() }
    : { kind: 'sqlite', file: tempDbFile() }
}

/** A refused load left nothing: no file, or no row in the team database. */
async function leftNothing(target: DatabaseLocation): Promise<boolean> {
  if (target.kind === 'sqlite') return !existsSync(target.file)
  const opened = await openPostgresDatabase(target.url)
  try {
    return Object.keys(await rosterRowCounts(opened.db)).length === 0
  } finally {
    await opened.close()
  }
}

const dumpOf = (location: DatabaseLocation) => dumpAt(location, NOW)
const load = (target: DatabaseLocation, dump: unknown) => loadAt(target, dump, NOW)

/** The demo roster plus an override and an archived client, so every table has rows. */
async function richDatabase(): Promise<DatabaseLocation> {
  const backend = await testBackend({ seedDemo: true })
  const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
  const maya = clients.find((c) => c.name === 'Maya Okafor')!
  const analysis = value<BlockAnalysis>(
    await backend.dispatch('blocks.analyze', { id: maya.activeBlock!.id }),
  )
  value(
    await backend.dispatch('findings.override', {
      blockId: maya.activeBlock!.id,
      rule: analysis.findings[0]!.rule,
      subject: analysis.findings[0]!.subject,
      reason: 'Agreed with Maya, “race week”',
    }),
  )
  value(await backend.dispatch('clients.archive', { id: clients.at(-1)!.id }))
  await backend.close()
  return locationOf(backend)
}

describe('whole-database JSON export', () => {
  it('database → JSON → database gives an identical database', async () => {
    const original = await richDatabase()
    const dump = await dumpOf(original)
    expect(dump.tables.finding_overrides).toHaveLength(1)
    expect(dump.tables.sessions.length).toBeGreaterThan(100)
    const copy = await newTarget()
    const { rows } = await load(copy, JSON.parse(JSON.stringify(dump)))
    expect(rows).toBe(Object.values(dump.tables).reduce((n, t) => n + t.length, 0))
    expect(await dumpOf(copy)).toEqual(dump)
  })

  it('refuses what is not an export, and a bad row leaves no file behind', async () => {
    const original = await richDatabase()
    const target = await newTarget()
    await expect(load(target, { format: 'something-else' })).rejects.toThrow(
      'This is not a Blockwise database export',
    )
    const dump = await dumpOf(original)
    // The last session points at a block that does not exist: the foreign key refuses it.
    dump.tables.sessions.at(-1)!.block_id = 'no-such-block'
    await expect(load(target, dump)).rejects.toThrow(BackupError)
    expect(await leftNothing(target)).toBe(true)
    const extra = await dumpOf(original)
    extra.tables.clients[0]!.shoe_size = 44
    await expect(load(target, extra)).rejects.toThrow(
      'clients row 1: there is no column "shoe_size"',
    )
    expect(await leftNothing(target)).toBe(true)
  })
})

describe('dump → load keeps every database the app can make, and only those (M2)', () => {
  /** A client with a one-week block holding `sessions` (id → the id it is attached to). */
  async function blockWith(chain: [string, string | null][]) {
    const backend = await testBackend()
    const client = value<{ id: string }>(
      await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
    )
    const block = value<{ id: string }>(
      await backend.dispatch('blocks.create', {
        clientId: client.id,
        name: 'Base',
        startDate: '2026-11-23',
        weeks: [{ phase: 'build' }],
        status: 'active',
      }),
    )
    const session = (id: string, attachedTo: string | null, i: number) => ({
      op: 'insert',
      session: {
        id,
        weekIndex: 0,
        sortOrder: i,
        day: 0,
        start: `${String(7 + i).padStart(2, '0')}:00`,
        durationMin: 30,
        modality: i === 0 ? 'strength' : 'mobility',
        ...(i === 0 ? { region: 'lower' } : {}),
        attachedTo,
      },
    })
    // Parents first, as the editor sends them.
    const ordered = [...chain].sort((a, b) => Number(a[1] !== null) - Number(b[1] !== null))
    const saved = await backend.dispatch('blocks.applyPatches', {
      blockId: block.id,
      revision: 1,
      patches: ordered.map(([id, parent], i) => session(id, parent, i)),
    })
    return { backend, block, saved }
  }

  it('an attachment chain whose ids sort child-first loads (it used to fail on its foreign key)', async () => {
    const { backend, saved } = await blockWith([
      ['zz-lift', null],
      ['mm-cooldown', 'zz-lift'],
      ['aa-stretch', 'mm-cooldown'],
    ])
    expect(saved.ok).toBe(true)
    await backend.close()
    const dump = await dumpOf(locationOf(backend))
    const copy = await newTarget()
    await load(copy, JSON.parse(JSON.stringify(dump)))
    expect(await dumpOf(copy)).toEqual(dump)
  })

  it('round-trips random attachment chains and trees exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.string({ minLength: 1, maxLength: 4, unit: 'grapheme-ascii' }), {
          minLength: 8,
          maxLength: 8,
        }),
        async (parents, names) => {
          // Session k is attached to an earlier one (or none): never a loop.
          const ids = names.map((n, k) => `${n.replace(/\W/g, 'x')}-${k}`)
          const chain: [string, string | null][] = [
            [ids[0]!, null],
            ...parents.map((p, k): [string, string | null] => [
              ids[k + 1]!,
              p <= k ? ids[p]! : null,
            ]),
          ]
          const { backend } = await blockWith(chain)
          await backend.close()
          const dump = await dumpOf(locationOf(backend))
          const copy = await newTarget()
          await load(copy, JSON.parse(JSON.stringify(dump)))
          expect(await dumpOf(copy)).toEqual(dump)
        },
      ),
      { numRuns: 25, seed: 14 },
    )
  })

  it('an attachment loop A ↔ B is refused by edits, plan imports and loads, as a field error', async () => {
    const { backend, block } = await blockWith([
      ['a', null],
      ['b', 'a'],
    ])
    const loop = await backend.dispatch('blocks.applyPatches', {
      blockId: block.id,
      revision: 2,
      patches: [{ op: 'update', id: 'a', changes: { attachedTo: 'b' } }],
    })
    expect(loop).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'patches.0.changes.attachedTo' }] },
    })
    expect(!loop.ok && loop.error.issues[0]!.message).toContain('loop (a → b → a)')
    const clients = value<{ id: string }[]>(await backend.dispatch('clients.list', {}))
    const plan = await backend.dispatch('blocks.importPlan', {
      clientId: clients[0]!.id,
      name: 'Loop',
      startDate: '2026-11-30',
      plan: {
        format: 'blockwise-week@1',
        client: { goal: 'hybrid' },
        week: { phase: 'build' },
        sessions: [
          {
            id: 'a',
            day: 0,
            start: '07:00',
            durationMin: 30,
            modality: 'mobility',
            attachedTo: 'b',
          },
          {
            id: 'b',
            day: 0,
            start: '08:00',
            durationMin: 30,
            modality: 'mobility',
            attachedTo: 'a',
          },
        ],
      },
    })
    expect(!plan.ok && plan.error.message).toContain('loop')
    await backend.close()
    const dump = await dumpOf(locationOf(backend))
    dump.tables.sessions.find((s) => s.id === 'a')!.attached_to = 'b'
    const target = await newTarget()
    await expect(load(target, dump)).rejects.toThrow('attachments go round in a loop')
    expect(await leftNothing(target)).toBe(true)
  })

  it.each([
    [
      'a week phase the app does not have',
      (d: Dump) => (d.tables.block_weeks[0]!.phase = 'bogus'),
      'phase',
    ],
    [
      'a start date that is not a date',
      (d: Dump) => (d.tables.blocks[0]!.start_date = 'not-a-date'),
      'startDate',
    ],
    ['a week index beyond the block', (d: Dump) => (d.tables.sessions[0]!.week_index = 99), 'week'],
    [
      'exercises that are not a list',
      (d: Dump) => (d.tables.sessions[0]!.exercises = '{"name":1}'),
      'exercises',
    ],
    [
      // Data safety, third pass: load took a session attached to one of another block.
      'a session attached to a session of another block',
      (d: Dump) => {
        const [first, ...rest] = d.tables.sessions
        const elsewhere = rest.find((s) => s.block_id !== first!.block_id)!
        first!.attached_to = elsewhere.id
      },
      'which is in another block',
    ],
  ])('refuses %s, naming the row, and writes no file', async (_what, spoil, words) => {
    const original = await richDatabase()
    const dump = await dumpOf(original)
    spoil(dump)
    const target = await newTarget()
    await expect(load(target, dump)).rejects.toThrow(
      new RegExp(`row \\d+ \\(id [^)]+\\): .*${words}`),
    )
    expect(await leftNothing(target)).toBe(true)
  })
})

type Dump = DatabaseDump
