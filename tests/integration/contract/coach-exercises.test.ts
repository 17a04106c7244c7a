import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { BlockEdit } from '../../../shared/schemas/block-edit.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import type { RosterCheckPage } from '../../../shared/schemas/roster.schema'
import { testBackend, value } from '../../support/backend'

/** An exercise the built-in library does not have: only the coach's library knows it loads legs. */
const beltSquat = {
  name: 'Belt squat march',
  region: 'lower' as const,
  pattern: 'squat' as const,
  equipment: 'machine' as const,
  aliases: ['BSM'],
  modality: 'strength' as const,
}

/** A heavy lift written only as lines (no region), and hard intervals 4 h later. */
const liftByLines = {
  id: 'lift',
  weekIndex: 0,
  sortOrder: 0,
  day: 0,
  start: '08:00',
  durationMin: 60,
  modality: 'strength',
  exercises: [{ name: 'BSM', sets: 5, reps: 5, pct1rm: 85 }],
}
const intervals = {
  id: 'hiit',
  weekIndex: 0,
  sortOrder: 1,
  day: 0,
  start: '12:00',
  durationMin: 40,
  modality: 'run',
  runType: 'intervals',
  zone: 5,
}

async function activeBlock(backend: Backend) {
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
  )
  const block = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Base',
      startDate: '2026-11-23',
      weeks: [{ phase: 'build' }],
      status: 'active',
    }),
  )
  return { client, block }
}

const insertBoth = (backend: Backend, blockId: string) =>
  backend.dispatch('blocks.applyPatches', {
    blockId,
    revision: 1,
    patches: [
      { op: 'insert', session: liftByLines },
      { op: 'insert', session: intervals },
    ],
  })

describe('exercises the coach added to the library', () => {
  it('are unknown until added: a session of only such lines must name its region', async () => {
    const backend = await testBackend()
    const { block } = await activeBlock(backend)
    const refused = await insertBoth(backend, block.id)
    expect(!refused.ok && refused.error.issues).toEqual([
      {
        path: 'patches.0.session.region',
        message:
          'a strength session needs a region (lower, upper, full or core): none of its exercises is in the library',
      },
    ])
    await backend.close()
  })

  it('give their session its region in saves, the block analysis and the roster check', async () => {
    const backend = await testBackend()
    value(await backend.dispatch('exercises.save', { exercise: beltSquat }))
    const { block } = await activeBlock(backend)
    const edit = value<BlockEdit & { analysis: BlockAnalysis }>(await insertBoth(backend, block.id))
    // The region stays the lines' to give: nothing is written into the session.
    expect(edit.inserted.find((s) => s.id === 'lift')!.region).toBeUndefined()
    // Heavy leg work (the library says lower) 4 h before intervals: INT-03 is critical.
    const int03 = (findings: readonly { rule: string; severity: string }[]) =>
      findings.filter((f) => f.rule === 'INT-03').map((f) => f.severity)
    expect(int03(edit.analysis.findings)).toEqual(['critical'])
    const analysis = value<BlockAnalysis>(
      await backend.dispatch('blocks.analyze', { id: block.id }),
    )
    expect(int03(analysis.findings)).toEqual(['critical'])
    const roster = value<RosterCheckPage>(
      await backend.dispatch('roster.check', { offset: 0, limit: 50 }),
    )
    expect(int03(roster.findings)).toEqual(['critical'])
    await backend.close()
  })

  it('count in a plan import, which stores the plan as written (derived fields stay derived)', async () => {
    const backend = await testBackend()
    value(await backend.dispatch('exercises.save', { exercise: beltSquat }))
    const { client } = await activeBlock(backend)
    const { id: _l, weekIndex: _lw, sortOrder: _lo, ...lift } = liftByLines
    const imported = value<Block>(
      await backend.dispatch('blocks.importPlan', {
        clientId: client.id,
        name: 'From a file',
        status: 'draft',
        plan: {
          format: 'blockwise-block@1',
          client: {
            goal: 'hybrid',
            maxes: { 'Belt squat march': { oneRmKg: 120, date: '2026-11-01' } },
          },
          startDate: '2026-11-30',
          weeks: [{ phase: 'build', sessions: [{ id: 'a', ...lift }] }],
        },
      }),
    )
    const [session] = imported.sessions
    // Neither the region nor a load computed from the file's max is frozen into the block: both
    // follow the library and the client's own maxes.
    expect(session!.region).toBeUndefined()
    expect(session!.topSetReps).toBeUndefined()
    expect(session!.exercises).toEqual([{ name: 'BSM', sets: 5, reps: 5, pct1rm: 85 }])
    await backend.close()
  })
})
