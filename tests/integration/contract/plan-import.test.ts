import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'
import { scenarioPlanJson } from '../../support/scenarios'

const scenario = (name: string) =>
  scenarioPlanJson<
    Record<string, unknown> & {
      sessions: (Record<string, unknown> & { id: string; attachedTo?: string })[]
    }
  >(name)

/** Every row of the tables an import writes, to prove a failed import changed nothing. */
async function snapshot(backend: Backend) {
  const { db } = backend.database
  return [
    await db.selectFrom('clients').selectAll().orderBy('id').execute(),
    await db.selectFrom('blocks').selectAll().orderBy('id').execute(),
    await db
      .selectFrom('block_weeks')
      .selectAll()
      .orderBy('block_id')
      .orderBy('week_index')
      .execute(),
    await db.selectFrom('sessions').selectAll().orderBy('id').execute(),
  ]
}

/** A two-week block plan made from scenario S02's week. */
function blockPlan() {
  const week = scenario('s02')
  return {
    format: 'blockwise-block@1',
    client: week.client,
    startDate: '2027-01-04',
    weeks: [0, 1].map((w) => ({
      phase: 'build',
      sessions: week.sessions.map((s) => ({
        ...s,
        id: `${s.id}-w${w}`,
        ...(s.attachedTo ? { attachedTo: `${s.attachedTo}-w${w}` } : {}),
      })),
    })),
  }
}

describe('importing a plan file', () => {
  it('imports a week plan into an existing client: same sessions, same findings as the plan', async () => {
    const backend = await testBackend()
    const client = value<Client>(
      await backend.dispatch('clients.create', { name: 'Ana', goal: 'strength' }),
    )
    const plan = scenario('s02')
    const block = value<Block>(
      await backend.dispatch('blocks.importPlan', {
        clientId: client.id,
        name: 'From S02',
        startDate: '2026-11-23',
        plan,
      }),
    )
    expect(block).toMatchObject({
      clientId: client.id,
      name: 'From S02',
      status: 'draft',
      weeks: [{ deload: false }],
    })
    const what = (s: Record<string, unknown>) =>
      `${String(s.day)} ${String(s.start)} ${String(s.modality)} ${String(s.durationMin)}`
    expect(block.sessions.map(what).sort()).toEqual(plan.sessions.map(what).sort())
    const analysis = value<BlockAnalysis>(
      await backend.dispatch('blocks.analyze', { id: block.id }),
    )
    expect(analysis.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['INT-01', 'INT-04']),
    )
    await backend.close()
  })

  it('imports a block plan for a new client made from its profile, twice, under fresh session ids', async () => {
    const backend = await testBackend()
    const plan = blockPlan()
    const first = value<Block>(
      await backend.dispatch('blocks.importPlan', {
        newClientName: 'Олена',
        name: 'Imported',
        plan,
      }),
    )
    const second = value<Block>(
      await backend.dispatch('blocks.importPlan', {
        newClientName: 'Олена Two',
        name: 'Again',
        plan,
      }),
    )
    expect(first.startDate).toBe('2027-01-04')
    expect(first.weeks).toHaveLength(2)
    expect(first.sessions).toHaveLength(plan.weeks[0]!.sessions.length * 2)
    expect(new Set([...first.sessions, ...second.sessions].map((s) => s.id)).size).toBe(
      first.sessions.length * 2,
    )
    // Attachments follow the copies.
    for (const s of first.sessions.filter((x) => x.attachedTo !== null)) {
      expect(first.sessions.map((x) => x.id)).toContain(s.attachedTo)
    }
    const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    expect(clients.find((c) => c.name === 'Олена')).toMatchObject({
      goal: (plan.client as { goal: string }).goal,
    })
    await backend.close()
  })

  it.each([
    [
      'a session with a bad start time',
      (p: ReturnType<typeof blockPlan>) =>
        ((p.weeks[1]!.sessions[2] as Record<string, unknown>).start = '7am'),
      'weeks[1].sessions[2].start: expected HH:MM, got "7am"',
    ],
    [
      'a file that is not a plan',
      () => ({ hello: 'world' }),
      'format: expected "blockwise-week@1" or "blockwise-block@1", got nothing',
    ],
  ])(
    'refuses %s, names the place, and changes nothing (no new client either)',
    async (_what, spoil, message) => {
      const backend = await testBackend({ seedDemo: true })
      const before = await snapshot(backend)
      const plan = blockPlan()
      const replaced = spoil(plan)
      const result = await backend.dispatch('blocks.importPlan', {
        newClientName: 'Never made',
        name: 'Broken',
        plan: typeof replaced === 'object' ? replaced : plan,
      })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.issues).toContainEqual({ path: 'plan', message })
      expect(await snapshot(backend)).toEqual(before)
      await backend.close()
    },
  )

  it('refuses a second active block for a client and changes nothing', async () => {
    const backend = await testBackend({ seedDemo: true })
    const maya = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Maya' }),
    )[0]!
    const before = await snapshot(backend)
    const result = await backend.dispatch('blocks.importPlan', {
      clientId: maya.id,
      name: 'Clash',
      status: 'active',
      plan: blockPlan(),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await snapshot(backend)).toEqual(before)
    await backend.close()
  })
})
