import { describe, expect, it } from 'vitest'
import type { Client } from '../../../shared/schemas/client.schema'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import { testBackend, value } from '../../support/backend'

async function withClient() {
  const backend = await testBackend()
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid', email: '' }),
  )
  const maxes = async () =>
    value<ClientMaxes>(await backend.dispatch('maxes.get', { clientId: client.id })).maxes
  return { backend, client, maxes }
}

describe('maxes.set refuses a max no one has, with a field message, before the table sees it', () => {
  it('an estimate from 999 kg × 15 (Epley: 1,498.5 kg) is a field error, not "internal"', async () => {
    const { backend, client, maxes } = await withClient()
    const result = await backend.dispatch('maxes.set', {
      clientId: client.id,
      lift: 'Back squat',
      fromSet: { loadKg: 999, reps: 15 },
      measuredOn: '2026-11-01',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.issues).toContainEqual({
      path: 'fromSet.loadKg',
      message: expect.stringContaining('500 kg') as string,
    })
    expect(await maxes()).toEqual([])
    await backend.close()
  })

  it.each([
    [0.0000001, 'at least 1 kg'],
    [501, 'at most 500 kg'],
  ])('a tested 1RM of %s kg is refused (%s)', async (oneRmKg, words) => {
    const { backend, client, maxes } = await withClient()
    const result = await backend.dispatch('maxes.set', {
      clientId: client.id,
      lift: 'Back squat',
      oneRmKg,
      measuredOn: '2026-11-01',
    })
    expect(!result.ok && result.error.issues).toContainEqual({
      path: 'oneRmKg',
      message: expect.stringContaining(words) as string,
    })
    expect(await maxes()).toEqual([])
    await backend.close()
  })

  it('maxes.setMany writes every max or none', async () => {
    const { backend, client, maxes } = await withClient()
    const refused = await backend.dispatch('maxes.setMany', {
      clientId: client.id,
      maxes: [
        { lift: 'Deadlift', oneRmKg: 211, measuredOn: '2026-11-01' },
        { lift: 'Back squat', fromSet: { loadKg: 999, reps: 15 }, measuredOn: '2026-11-01' },
      ],
    })
    expect(!refused.ok && refused.error.issues.map((i) => i.path)).toEqual([
      'maxes.1.fromSet.loadKg',
    ])
    expect(await maxes()).toEqual([])
    const saved = await backend.dispatch('maxes.setMany', {
      clientId: client.id,
      maxes: [
        { lift: 'Deadlift', oneRmKg: 211, measuredOn: '2026-11-01' },
        { lift: 'BS', fromSet: { loadKg: 100, reps: 5 }, measuredOn: '2026-11-01' },
      ],
      thresholdPaceSecPerKm: 273,
    })
    expect(saved.ok).toBe(true)
    expect((await maxes()).map((m) => [m.lift, m.oneRmKg])).toEqual([
      ['Back squat', 116.7],
      ['Deadlift', 211],
    ])
    // Removed by the alias it was set by, as maxes.set reads it.
    expect(
      value<{ removed: boolean }>(
        await backend.dispatch('maxes.remove', { clientId: client.id, lift: 'BS' }),
      ),
    ).toEqual({ removed: true })
    expect((await maxes()).map((m) => m.lift)).toEqual(['Deadlift'])
    const loads = value<ClientMaxes>(await backend.dispatch('maxes.get', { clientId: client.id }))
    expect(loads.loads.thresholdPaceSecPerKm).toBe(273)
    await backend.close()
  })

  it('a lift given twice in one save is refused, naming both, not saved as the last one', async () => {
    const { backend, client, maxes } = await withClient()
    const refused = await backend.dispatch('maxes.setMany', {
      clientId: client.id,
      maxes: [
        { lift: 'Back squat', oneRmKg: 140, measuredOn: '2026-11-01' },
        { lift: 'Deadlift', oneRmKg: 180, measuredOn: '2026-11-01' },
        { lift: 'BS', oneRmKg: 150, measuredOn: '2026-11-01' },
      ],
    })
    expect(!refused.ok && refused.error.issues).toEqual([
      {
        path: 'maxes.2.lift',
        message: 'Back squat is given twice (as “Back squat” and “BS”): keep one',
      },
    ])
    expect(await maxes()).toEqual([])
    await backend.close()
  })

  it('a max measured on a day that has not come is refused (the frozen today is 2026-11-23)', async () => {
    const { backend, client, maxes } = await withClient()
    const future = await backend.dispatch('maxes.set', {
      clientId: client.id,
      lift: 'Back squat',
      oneRmKg: 140,
      measuredOn: '2027-11-23',
    })
    expect(!future.ok && future.error.issues).toEqual([
      {
        path: 'measuredOn',
        message: '2027-11-23 has not come yet: a max is dated the day it was measured',
      },
    ])
    const many = await backend.dispatch('maxes.setMany', {
      clientId: client.id,
      maxes: [
        { lift: 'Deadlift', oneRmKg: 180, measuredOn: '2026-11-23' },
        { lift: 'Back squat', oneRmKg: 140, measuredOn: '2026-11-25' },
      ],
    })
    expect(!many.ok && many.error.issues.map((i) => i.path)).toEqual(['maxes.1.measuredOn'])
    expect(await maxes()).toEqual([])
    // Today, and tomorrow for a coach whose clock is ahead of the server's, are days that came.
    for (const measuredOn of ['2026-11-23', '2026-11-24']) {
      const saved = await backend.dispatch('maxes.set', {
        clientId: client.id,
        lift: 'Back squat',
        oneRmKg: 140,
        measuredOn,
      })
      expect(saved.ok).toBe(true)
    }
    await backend.close()
  })
})
