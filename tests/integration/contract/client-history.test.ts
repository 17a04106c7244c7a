import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import { historiesOf } from '../../../server/client-history'
import { exerciseIndex } from '../../../db/repositories/exercise.repository'
import { findClient } from '../../../db/repositories/client.repository'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'
import { SESSION_DEFAULTS } from '../../support/sessions'

const BASE = SESSION_DEFAULTS
/** An easy run on Monday (40 min, RPE 4) and an upper-body lift on Wednesday (60 min, RPE 7). */
const weekOf = (w: number) => [
  {
    ...BASE,
    id: `run${w}`,
    weekIndex: w,
    sortOrder: 0,
    day: 0,
    start: '07:00',
    durationMin: 40,
    modality: 'run',
    runType: 'easy',
    rpe: 4,
  },
  {
    ...BASE,
    id: `lift${w}`,
    weekIndex: w,
    sortOrder: 1,
    day: 2,
    start: '18:00',
    durationMin: 60,
    modality: 'strength',
    region: 'upper',
    rpe: 7,
  },
]

async function block(
  backend: Backend,
  client: Client,
  name: string,
  startDate: string,
  status: string,
  weeks = 4,
) {
  return value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name,
      startDate,
      weeks: Array.from({ length: weeks }, () => ({ phase: 'build' })),
      status,
    }),
  )
}

/** Ana: four weeks of "Autumn" (done), logged in its last week, then "Winter" (active). */
async function ana() {
  const backend = await testBackend()
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
  )
  const autumn = await block(backend, client, 'Autumn', '2026-11-02', 'done')
  value(
    await backend.dispatch('blocks.applyPatches', {
      blockId: autumn.id,
      revision: autumn.revision,
      patches: [0, 1, 2, 3].flatMap((w) => weekOf(w)).map((session) => ({ op: 'insert', session })),
    }),
  )
  // The last week, logged: Monday's run skipped; Wednesday's lift done at RPE 8 in 50 minutes.
  value(
    await backend.dispatch('blocks.applyPatches', {
      blockId: autumn.id,
      revision: autumn.revision + 1,
      patches: [
        { op: 'update', id: 'run3', changes: { status: 'skipped' } },
        {
          op: 'update',
          id: 'lift3',
          changes: { status: 'completed', rpeActual: 8, minutesActual: 50 },
        },
      ],
    }),
  )
  const winter = await block(backend, client, 'Winter', '2026-11-30', 'active')
  return { backend, client, winter }
}

describe('a client’s history from the database', () => {
  it('is built from earlier trained blocks and what was logged: hand-computed loads', async () => {
    const { backend, client, winter } = await ana()
    // A draft is a plan, not training: a heavy draft over the same weeks changes nothing.
    const draft = await block(backend, client, 'Idea', '2026-11-02', 'draft')
    value(
      await backend.dispatch('blocks.applyPatches', {
        blockId: draft.id,
        revision: draft.revision,
        patches: [{ op: 'insert', session: { ...weekOf(0)[1], id: 'huge', durationMin: 180 } }],
      }),
    )
    const db = backend.database.db
    const [history] = await historiesOf(
      db,
      [
        {
          client: (await findClient(db, client.id))!,
          startDate: winter.startDate,
          blockId: winter.id,
        },
      ],
      await exerciseIndex(db),
    )
    // 4 × 40 = 160 AU Monday, 7 × 60 = 420 AU Wednesday; the last week 0 (skipped) and 8 × 50 = 400.
    const week = [160, 0, 420, 0, 0, 0, 0]
    expect(history).toMatchObject({
      dailyLoad: [...week, ...week, ...week, 0, 0, 400, 0, 0, 0, 0],
      weeklyLoad: [580, 580, 580, 400],
      weeklyDeload: [false, false, false, false],
      runMinutesByWeek: [40, 40, 40, 0],
      medianRunMin: 40,
    })
    await backend.close()
  })

  it('lets the first week of a new block be checked against the weeks before it (ACWR, ramp)', async () => {
    const { backend, winter } = await ana()
    const analysis = value<BlockAnalysis>(
      await backend.dispatch('blocks.analyze', { id: winter.id }),
    )
    const missing = analysis.notEvaluated.map((n) => n.rule)
    expect(missing).not.toContain('OVR-01')
    expect(missing).not.toContain('OVR-02')
    expect(analysis.weeks[0]!.acwr).not.toBeNull()
    await backend.close()
  })

  it('is none for a client with no earlier training: the rules that need it say so', async () => {
    const backend = await testBackend()
    const client = value<Client>(
      await backend.dispatch('clients.create', { name: 'New', goal: 'hybrid' }),
    )
    const winter = await block(backend, client, 'Winter', '2026-11-30', 'active')
    const analysis = value<BlockAnalysis>(
      await backend.dispatch('blocks.analyze', { id: winter.id }),
    )
    expect(analysis.notEvaluated.map((n) => n.rule)).toContain('OVR-01')
    await backend.close()
  })
})
