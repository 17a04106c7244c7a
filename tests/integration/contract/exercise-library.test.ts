import { describe, expect, it } from 'vitest'
import type { StoredExercise } from '../../../shared/schemas/exercise.schema'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'

const sissy = {
  name: 'Sissy squat',
  region: 'lower' as const,
  pattern: 'squat' as const,
  equipment: 'bodyweight' as const,
  aliases: ['Sissy'],
  modality: 'strength' as const,
}

describe('the exercise library', () => {
  it('is seeded once with the built-in exercises; the coach adds, renames (the old name stays an alias) and merges', async () => {
    const backend = await testBackend()
    const library = value<StoredExercise[]>(await backend.dispatch('exercises.list', {}))
    expect(library.length).toBeGreaterThanOrEqual(120)
    const added = value<StoredExercise>(
      await backend.dispatch('exercises.save', { exercise: sissy }),
    )
    expect(added.id).toBeTruthy()
    // A name or alias names one exercise.
    const clash = await backend.dispatch('exercises.save', {
      exercise: { ...sissy, name: 'BS', aliases: [] },
    })
    expect(!clash.ok && clash.error.message).toBe('Back squat already has that name or alias.')
    const renamed = value<StoredExercise>(
      await backend.dispatch('exercises.save', {
        exercise: { ...added, name: 'Sissy squat (bodyweight)' },
      }),
    )
    expect(renamed.aliases).toEqual(['Sissy', 'Sissy squat'])

    // A client's max under the merged name moves to the exercise kept.
    const client = value<Client>(
      await backend.dispatch('clients.create', {
        name: 'Ana',
        goal: 'hybrid',
        email: '',
        ageYears: 30,
      }),
    )
    await backend.dispatch('maxes.set', {
      clientId: client.id,
      lift: 'Sissy squat (bodyweight)',
      oneRmKg: 60,
      measuredOn: '2026-11-01',
    })
    const gobletId = library.find((e) => e.name === 'Goblet squat')!.id
    const kept = value<StoredExercise>(
      await backend.dispatch('exercises.merge', { fromId: renamed.id, intoId: gobletId }),
    )
    expect(kept.name).toBe('Goblet squat')
    expect(kept.aliases).toEqual(
      expect.arrayContaining(['Sissy squat (bodyweight)', 'Sissy', 'Sissy squat']),
    )
    const after = value<StoredExercise[]>(await backend.dispatch('exercises.list', {}))
    expect(after.find((e) => e.id === renamed.id)).toBeUndefined()
    const maxes = value<ClientMaxes>(await backend.dispatch('maxes.get', { clientId: client.id }))
    expect(maxes.maxes.map((m) => m.lift)).toEqual(['Goblet squat'])
    // A built-in exercise merged away stays away: the library is seeded once, not on every open.
    const zercher = library.find((e) => e.name === 'Zercher squat')!.id
    const backSquat = library.find((e) => e.name === 'Back squat')!.id
    value(await backend.dispatch('exercises.merge', { fromId: zercher, intoId: backSquat }))
    await backend.close()
    const again = await testBackend({ sameDatabaseAs: backend })
    const reopened = value<StoredExercise[]>(await again.dispatch('exercises.list', {}))
    expect(reopened.length).toBe(after.length - 1)
    expect(reopened.find((e) => e.name === 'Zercher squat')).toBeUndefined()
    await again.close()
  })
})
