import { describe, expect, it } from 'vitest'
import { deleteRows, findRow } from '../../../db/repositories/rows-by-key'
import { deleteClientMax } from '../../../db/repositories/max.repository'
import { clientOfBlock } from '../../../db/repositories/client-access.repository'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import { testBackend, value } from '../../support/backend'

// Kysely leaves an undefined value out of a condition, and an empty condition is true: a key with
// a column left undefined must be refused, not find (or delete) every row.
describe('a row key that names no value is refused, never every row', () => {
  it('find, delete, and the repositories built on them', async () => {
    const backend = await testBackend({ seedDemo: true })
    const db = backend.database.db
    const ana = value<Client>(
      await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
    )
    value(
      await backend.dispatch('maxes.setMany', {
        clientId: ana.id,
        maxes: [
          { lift: 'Back squat', oneRmKg: 100, measuredOn: '2026-11-01' },
          { lift: 'Deadlift', oneRmKg: 150, measuredOn: '2026-11-01' },
        ],
      }),
    )
    const lifts = async () =>
      value<ClientMaxes>(await backend.dispatch('maxes.get', { clientId: ana.id })).maxes.length
    await expect(deleteClientMax(db, ana.id, undefined as unknown as string)).rejects.toThrow(
      'A key of client_maxes needs a value for each column it names: got client_id=',
    )
    expect(await lifts()).toBe(2)
    await expect(findRow(db, 'blocks', { id: undefined })).rejects.toThrow('got id=undefined')
    await expect(findRow(db, 'clients', {})).rejects.toThrow('got none')
    await expect(deleteRows(db, 'finding_overrides', {})).rejects.toThrow('got none')
    await expect(clientOfBlock(db, undefined as unknown as string)).rejects.toThrow()
    // A key with its values still finds the one row, and deletes only it.
    expect((await findRow(db, 'clients', { id: ana.id }))?.name).toBe('Ana')
    expect(await deleteClientMax(db, ana.id, 'Deadlift')).toBe(true)
    expect(await lifts()).toBe(1)
    const roster = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    expect(roster.length).toBe(13)
    await backend.close()
  })
})
