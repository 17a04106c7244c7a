import { describe, expect, it } from 'vitest'
import { copyWeekPatches } from '../../../shared/plans/copy-sessions'
import { deloadSession } from '../../../shared/plans/deload'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block, BlockSession } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { DEFAULT_DELOAD } from '../../../shared/schemas/template.schema'
import type { Backend } from '../../../server/backend'
import { testBackend, value } from '../../support/backend'

const KG = { unit: 'kg', increment: 2.5 } as const

/** A build week with three HIGH days: heavy squats, intervals, a long run; bench and an easy run. */
const buildWeek = (week: number) =>
  [
    {
      day: 0,
      start: '07:00',
      durationMin: 70,
      modality: 'strength',
      region: 'lower',
      exercises: [{ name: 'Back squat', sets: 5, reps: 5, pct1rm: 85 }],
    },
    {
      day: 1,
      start: '07:00',
      durationMin: 60,
      modality: 'strength',
      region: 'upper',
      exercises: [{ name: 'Bench press', sets: 4, reps: 8, pct1rm: 72 }],
    },
    { day: 2, start: '18:00', durationMin: 50, modality: 'run', runType: 'intervals' },
    { day: 3, start: '18:00', durationMin: 40, modality: 'run', runType: 'easy' },
    { day: 5, start: '08:00', durationMin: 95, modality: 'run', runType: 'long' },
  ].map((s, i) => ({ ...s, id: `w${week}-${i}`, weekIndex: week, sortOrder: i }))

/** A client's block of three build weeks and a deload week left empty, on a real SQLite file. */
async function blockWithDeload(backend: Backend): Promise<Block> {
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ines', goal: 'hybrid' }),
  )
  const block = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Build',
      startDate: '2026-11-23',
      weeks: [
        { phase: 'build' },
        { phase: 'build' },
        { phase: 'build' },
        { phase: 'deload', deload: true },
      ],
      status: 'active',
    }),
  )
  value(
    await backend.dispatch('blocks.applyPatches', {
      blockId: block.id,
      revision: block.revision,
      patches: [0, 1, 2].flatMap(buildWeek).map((session) => ({ op: 'insert', session })),
    }),
  )
  return value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
}

/** Week 1 copied onto the deload week (week 4), scaled as Copy week does when its box is ticked. */
async function copyOntoDeload(backend: Backend, block: Block, scale: boolean): Promise<Block> {
  let n = 0
  const copy = copyWeekPatches(block.sessions, 0, [3], () => `copy-${++n}`, {
    change: (s) => (scale ? deloadSession(s, DEFAULT_DELOAD, KG) : s),
  })
  value(
    await backend.dispatch('blocks.applyPatches', {
      blockId: block.id,
      revision: block.revision,
      patches: copy.redo,
    }),
  )
  return value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
}

const deloadWeekRules = async (backend: Backend, block: Block) =>
  value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id: block.id }))
    .findings.filter((f) => f.week === 3)
    .map((f) => `${f.rule} ${f.severity}`)

describe('deload scaling makes a week v1.2 accepts as a deload (docs/engine-rules.md §9)', () => {
  it('Copy week with scaling on: a build week copied onto the deload week, and OVR-08 stays silent', async () => {
    const backend = await testBackend()
    const block = await copyOntoDeload(backend, await blockWithDeload(backend), true)
    const squat = block.sessions.find((s) => s.weekIndex === 3 && s.day === 0)!
    expect(squat.exercises).toEqual([{ name: 'Back squat', sets: 3, reps: 5, pct1rm: 75 }])
    const rules = await deloadWeekRules(backend, block)
    // It keeps its frequency and so its HIGH days (v1.1 flagged those: OVR-08, BAL-02 with cap 1).
    const analysis = value<BlockAnalysis>(
      await backend.dispatch('blocks.analyze', { id: block.id }),
    )
    expect(analysis.weeks[3]!.highDays).toBe(3)
    expect(rules.filter((r) => r.startsWith('OVR-08'))).toEqual([])
    expect(rules.filter((r) => r.startsWith('BAL-02'))).toEqual([])
    await backend.close()
  })

  it('the same copy unscaled is an ineffective deload: OVR-08 says so', async () => {
    const backend = await testBackend()
    const block = await copyOntoDeload(backend, await blockWithDeload(backend), false)
    expect(await deloadWeekRules(backend, block)).toContain('OVR-08 info')
    await backend.close()
  })

  it('Progress… "scale the deload weeks" on that unscaled copy clears OVR-08 too', async () => {
    const backend = await testBackend()
    const copied = await copyOntoDeload(backend, await blockWithDeload(backend), false)
    // What the dialog writes: every session of the deload week, scaled, as updates.
    const scaled: BlockSession[] = copied.sessions
      .filter((s) => s.weekIndex === 3)
      .map((s) => deloadSession(s, DEFAULT_DELOAD, KG))
    value(
      await backend.dispatch('blocks.applyPatches', {
        blockId: copied.id,
        revision: copied.revision,
        patches: scaled.map(({ id, durationMin, exercises }) => ({
          op: 'update',
          id,
          changes: { durationMin, ...(exercises ? { exercises } : {}) },
        })),
      }),
    )
    const block = value<Block>(await backend.dispatch('blocks.get', { id: copied.id }))
    expect((await deloadWeekRules(backend, block)).filter((r) => r.startsWith('OVR-08'))).toEqual(
      [],
    )
    await backend.close()
  })
})
