import { describe, expect, it } from 'vitest'
import { countClients } from '../../../db/repositories/client.repository'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import { FROZEN_NOW, testBackend, value } from '../../support/backend'

const valid = {
  name: 'Ana Souza',
  email: 'ana@example.com',
  goal: 'hybrid',
  experienceStrength: 'novice',
  injuryHistory: [
    {
      region: 'lower',
      structure: 'Right knee',
      runningRelated: true,
      onsetDate: '2025-06-01',
      status: 'resolved',
    },
  ],
  availability: [
    [
      { start: '06:00', end: '08:00' },
      { start: '17:00', end: '21:00' },
    ],
    [],
    [],
    [],
    [],
    [],
    [],
  ],
  restDays: [6],
}

describe('clients through the contract', () => {
  it('creates a client with defaults filled in and reads back exactly what was saved', async () => {
    const backend = await testBackend()
    const created = value<Client>(await backend.dispatch('clients.create', valid))
    expect(created).toMatchObject({
      name: 'Ana Souza',
      experienceStrength: 'novice',
      experienceRunning: 'intermediate',
      maxSessionsPerDay: 2,
      archived: false,
      createdAt: FROZEN_NOW.toISOString(),
    })
    const fetched = value<Client>(await backend.dispatch('clients.get', { id: created.id }))
    expect(fetched).toEqual(created)
    await backend.close()
  })

  it.each([
    [
      'email',
      { ...valid, email: 'ana-at-example' },
      'email',
      'Email must look like name@example.com',
    ],
    ['name', { ...valid, name: '   ' }, 'name', 'Name is required'],
    ['age', { ...valid, ageYears: 5 }, 'ageYears', 'Age must be at least 10'],
    [
      'an injury',
      { ...valid, injuryHistory: [{ ...valid.injuryHistory[0], structure: '' }] },
      'injuryHistory.0.structure',
      'Say what was injured (e.g. "left Achilles")',
    ],
    [
      'an availability window',
      { ...valid, availability: [[{ start: '6am', end: '08:00' }], [], [], [], [], [], []] },
      'availability.0.0.start',
      'expected HH:MM, got "6am"',
    ],
    [
      'a window that ends before it starts',
      { ...valid, availability: [[], [{ start: '18:00', end: '08:00' }], [], [], [], [], []] },
      'availability.1.0.end',
      'end must be later than start',
    ],
    [
      'an unknown field',
      { ...valid, favouriteColour: 'red' },
      'favouriteColour',
      'unknown field "favouriteColour"',
    ],
  ])(
    'rejects a bad %s with a path-specific message and writes nothing',
    async (_what, input, path, message) => {
      const backend = await testBackend()
      const result = await backend.dispatch('clients.create', input)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.issues).toContainEqual({ path, message })
      expect(result.error.message).toContain(message)
      expect(await countClients(backend.database.db)).toBe(0)
      await backend.close()
    },
  )

  it('rejects an update of an unknown client and leaves the others untouched', async () => {
    const backend = await testBackend()
    const created = value<Client>(await backend.dispatch('clients.create', valid))
    const result = await backend.dispatch('clients.update', { ...valid, id: 'missing', name: 'X' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(value<Client>(await backend.dispatch('clients.get', { id: created.id })).name).toBe(
      'Ana Souza',
    )
    await backend.close()
  })

  it('archives without deleting and restores', async () => {
    const backend = await testBackend()
    const ana = value<Client>(await backend.dispatch('clients.create', valid))
    value<Client>(await backend.dispatch('clients.create', { ...valid, name: 'Ben Ito' }))

    expect(value<Client>(await backend.dispatch('clients.archive', { id: ana.id })).archived).toBe(
      true,
    )
    const names = async (input: object) =>
      value<ClientSummary[]>(await backend.dispatch('clients.list', input)).map((c) => c.name)
    expect(await names({})).toEqual(['Ben Ito'])
    expect((await names({ includeArchived: true })).sort()).toEqual(['Ana Souza', 'Ben Ito'])

    value<Client>(await backend.dispatch('clients.restore', { id: ana.id }))
    expect((await names({})).sort()).toEqual(['Ana Souza', 'Ben Ito'])
    await backend.close()
  })

  it('searches names literally, so % and _ are not wildcards', async () => {
    const backend = await testBackend()
    value<Client>(await backend.dispatch('clients.create', { ...valid, name: 'Mia 100%' }))
    value<Client>(await backend.dispatch('clients.create', { ...valid, name: 'Mia Lund' }))
    const list = value<ClientSummary[]>(await backend.dispatch('clients.list', { search: '100%' }))
    expect(list.map((c) => c.name)).toEqual(['Mia 100%'])
    const all = value<ClientSummary[]>(await backend.dispatch('clients.list', { search: '%' }))
    expect(all.map((c) => c.name)).toEqual(['Mia 100%'])
    await backend.close()
  })

  it('answers an unknown procedure as a value, not a crash', async () => {
    const backend = await testBackend()
    expect(await backend.dispatch('clients.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_procedure' },
    })
    expect(await backend.dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_procedure' },
    })
    await backend.close()
  })
})

describe('the demo roster', () => {
  it('fills an empty database with a dozen clients, each with an active block of sessions', async () => {
    const backend = await testBackend({ seedDemo: true })
    expect(backend.seededDemo).toBe(true)
    const roster = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    expect(roster.length).toBeGreaterThanOrEqual(10)
    expect(new Set(roster.map((c) => c.goal)).size).toBeGreaterThanOrEqual(5)
    for (const client of roster) {
      expect(client.activeBlock, client.name).not.toBeNull()
      // blocks.get's output is parsed by the contract, so every demo session is a valid session.
      const block = value<Block>(
        await backend.dispatch('blocks.get', { id: client.activeBlock!.id }),
      )
      expect(block.sessions.length).toBeGreaterThanOrEqual(block.weeks.length * 3)
      expect(block.sessions.some((s) => s.modality === 'strength')).toBe(true)
      expect(block.sessions.some((s) => s.modality === 'run')).toBe(true)
    }
    await backend.close()
  })

  it('is loaded only into an empty database', async () => {
    const first = await testBackend({ seedDemo: true })
    await first.close()
    const second = await testBackend({ seedDemo: true, sameDatabaseAs: first })
    expect(second.seededDemo).toBe(false)
    await second.close()

    const own = await testBackend({ seedDemo: false })
    value<Client>(await own.dispatch('clients.create', valid))
    await own.close()
    const reopened = await testBackend({ seedDemo: true, sameDatabaseAs: own })
    expect(reopened.seededDemo).toBe(false)
    expect(await countClients(reopened.database.db)).toBe(1)
    await reopened.close()
  })
})
