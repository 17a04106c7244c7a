import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import { ExerciseIndex, maxOfLift } from '../../../shared/exercises/exercise-index'
import { lineLoad } from '../../../shared/exercises/loads'
import { progressSessions } from '../../../shared/plans/progressions'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import type { StoredExercise } from '../../../shared/schemas/exercise.schema'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import type { Template, TemplatePreview } from '../../../shared/schemas/template.schema'
import { testBackend, value } from '../../support/backend'

/** Sam squats 140 kg: three weeks of 5 × 5 at 80 %, then Progress… +2.5 kg a week. */
async function samsProgressedBlock(backend: Backend) {
  const sam = value<Client>(
    await backend.dispatch('clients.create', { name: 'Sam Reyes', goal: 'hybrid' }),
  )
  value(
    await backend.dispatch('maxes.set', {
      clientId: sam.id,
      lift: 'Back squat',
      oneRmKg: 140,
      measuredOn: '2026-11-01',
    }),
  )
  const created = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: sam.id,
      name: 'Squat build',
      startDate: '2026-11-30',
      weeks: [{ phase: 'build' }, { phase: 'build' }, { phase: 'build' }],
    }),
  )
  const patches = [0, 1, 2].map((week) => ({
    op: 'insert',
    session: {
      id: `sq-${week}`,
      weekIndex: week,
      sortOrder: 0,
      day: 0,
      start: '07:00',
      durationMin: 60,
      modality: 'strength',
      exercises: [{ name: 'Back squat', sets: 5, reps: 5, pct1rm: 80 }],
    },
  }))
  value(
    await backend.dispatch('blocks.applyPatches', { blockId: created.id, revision: 1, patches }),
  )
  const block = value<Block>(await backend.dispatch('blocks.get', { id: created.id }))
  // Progress… as the block screen runs it: the shared progression, saved as patches.
  const library = new ExerciseIndex(
    value<StoredExercise[]>(await backend.dispatch('exercises.list', {})),
  )
  const numbers = value<ClientMaxes>(await backend.dispatch('maxes.get', { clientId: sam.id }))
  const progressed = progressSessions(
    block.sessions,
    block.weeks,
    { kind: 'linear', lifts: ['Back squat'], weeks: { from: 1, to: 3 }, step: 2.5, unit: 'load' },
    {
      library,
      units: numbers.loads,
      maxOf: (lift) => maxOfLift(numbers.maxes, lift, library),
    },
  )
  value(
    await backend.dispatch('blocks.applyPatches', {
      blockId: block.id,
      revision: block.revision,
      patches: progressed.map((s) => ({
        op: 'update',
        id: s.id,
        changes: { exercises: s.exercises },
      })),
    }),
  )
  return {
    sam,
    block: value<Block>(await backend.dispatch('blocks.get', { id: block.id })),
    library,
  }
}

const squatOf = (sessions: Block['sessions'], week: number) =>
  sessions.find((s) => s.weekIndex === week)!.exercises!.find((l) => l.name === 'Back squat')!

describe('a template hands no client another’s kilograms', () => {
  it('Sam’s progressed squat (115 kg = 82.1 % of 140 kg) saved as a template gives Maya (95 kg) 77.5 kg in that week', async () => {
    const backend = await testBackend({ seedDemo: true })
    const { block, library } = await samsProgressedBlock(backend)
    // Progress… wrote Sam's own loads into his block, which is right for Sam.
    expect(squatOf(block.sessions, 1)).toMatchObject({ loadKg: 115, pct1rm: 82.1 })
    expect(squatOf(block.sessions, 2)).toMatchObject({ loadKg: 117.5, pct1rm: 83.9 })

    const saved = value<Template & { conversions: string[] }>(
      await backend.dispatch('templates.save', { blockId: block.id, name: 'Squat build (Sam)' }),
    )
    expect(saved.conversions).toEqual([
      'Week 2 Mon, Back squat: 115 kg = 82.1 % of Sam Reyes’s 140 kg',
      'Week 3 Mon, Back squat: 117.5 kg = 83.9 % of Sam Reyes’s 140 kg',
    ])
    const kept = value<Template>(await backend.dispatch('templates.get', { id: saved.id }))
    expect(squatOf(kept.sessions, 1)).toEqual({
      name: 'Back squat',
      sets: 5,
      reps: 5,
      pct1rm: 82.1,
    })

    const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    const maya = clients.find((c) => c.name === 'Maya Okafor')!
    const mayas = value<ClientMaxes>(await backend.dispatch('maxes.get', { clientId: maya.id }))
    expect(maxOfLift(mayas.maxes, 'Back squat', library)?.oneRmKg).toBe(95)
    const applied = value<Block>(
      await backend.dispatch('templates.apply', {
        templateId: saved.id,
        clientId: maya.id,
        startDate: '2027-03-01',
      }),
    )
    const line = squatOf(applied.sessions, 1)
    expect(line.loadKg).toBeUndefined()
    const load = lineLoad(line, maxOfLift(mayas.maxes, 'Back squat', library), mayas.loads)
    // 82.1 % of 95 kg = 77.995 kg, to the 2.5 kg step.
    expect(load).toEqual({ load: 77.5, unit: 'kg', computed: true, from: '82.1 %' })

    // The check before applying shows her loads week by week, and no PRG-05.
    const preview = value<TemplatePreview>(
      await backend.dispatch('templates.preview', {
        templateId: saved.id,
        clientId: maya.id,
        startDate: '2027-03-01',
      }),
    )
    expect(preview.loads).toContainEqual({
      lift: 'Back squat',
      weeks: ['75 kg', '77.5 kg', '80 kg'],
    })
    expect(preview.analysis.findings.filter((f) => f.rule === 'PRG-05')).toEqual([])
    await backend.close()
  })

  it('a template that kept a load beside its %1RM (saved before) still gives each client their own', async () => {
    const backend = await testBackend({ seedDemo: true })
    const { block } = await samsProgressedBlock(backend)
    const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    const kenji = clients.find((c) => c.name === 'Kenji Watanabe')!
    const saved = value<Template>(
      await backend.dispatch('templates.save', { blockId: block.id, name: 'Squat build' }),
    )
    // What an older Blockwise stored: Sam's 115 kg beside the 82.1 %.
    await backend.database.db
      .updateTable('templates')
      .set({
        sessions: JSON.stringify(
          saved.sessions.map((s) => ({
            ...s,
            exercises: s.exercises?.map((l) => ({ ...l, loadKg: 115 })),
          })),
        ),
      })
      .where('id', '=', saved.id)
      .execute()
    const preview = value<TemplatePreview>(
      await backend.dispatch('templates.preview', {
        templateId: saved.id,
        clientId: kenji.id,
        startDate: '2027-03-01',
      }),
    )
    expect(preview.sessions.flatMap((s) => s.exercises ?? []).map((l) => l.loadKg)).toEqual([
      undefined,
      undefined,
      undefined,
    ])
    await backend.close()
  })
})
