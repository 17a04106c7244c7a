import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { listActiveBlocks } from '../../../db/repositories/roster.repository'
import { listTrainedBlocks } from '../../../db/repositories/past-blocks.repository'
import { listSessionsOfBlocks } from '../../../db/repositories/session-reader'
import { testBackend, value } from '../../support/backend'
import { freshPostgresDatabase } from '../../support/test-database'
import { tempDbFile } from '../../support/temp-files'

/**
 * The statements written twice (SQLite's and PostgreSQL's spelling) give the same answers: the
 * demo roster, seeded with the same clock and ids into a SQLite file and a team database, reads
 * back identically through every one of them.
 */
async function both(): Promise<[Backend, Backend]> {
  const sqlite = await testBackend({
    seedDemo: true,
    location: { kind: 'sqlite', file: tempDbFile() },
  })
  const postgres = await testBackend({
    seedDemo: true,
    location: { kind: 'postgres', url: await freshPostgresDatabase() },
  })
  return [sqlite, postgres]
}

describe('SQLite and PostgreSQL agree', () => {
  it('on each block’s sessions as JSON (json_group_array / json_agg), in sheet order', async () => {
    const [a, b] = await both()
    const ids = (await a.database.db.selectFrom('blocks').select('id').execute()).map((r) => r.id)
    expect(ids.length).toBeGreaterThan(20)
    const [fromA, fromB] = await Promise.all([
      listSessionsOfBlocks(a.database.db, ids),
      listSessionsOfBlocks(b.database.db, ids),
    ])
    expect([...fromB.entries()]).toEqual([...fromA.entries()])
  })

  it('on the roster: names ignoring case, the last edit (max / greatest), search (LIKE / ILIKE)', async () => {
    const [a, b] = await both()
    for (const input of [{}, { search: 'ma' }, { search: 'HYBRID' }, { search: '%' }]) {
      const [listA, listB] = [
        value<ClientSummary[]>(await a.dispatch('clients.list', input)),
        value<ClientSummary[]>(await b.dispatch('clients.list', input)),
      ]
      expect(listB).toEqual(listA)
    }
    const page = { offset: 0, limit: 50 }
    const [activeA, activeB] = [
      await listActiveBlocks(a.database.db, page),
      await listActiveBlocks(b.database.db, page),
    ]
    expect(activeB.map((e) => e.client.name)).toEqual(activeA.map((e) => e.client.name))
    expect(activeB).toEqual(activeA)
  })

  it('on the history window (date arithmetic) and the whole roster check', async () => {
    const [a, b] = await both()
    const clients = (await a.database.db.selectFrom('clients').select('id').execute()).map(
      (r) => r.id,
    )
    const window = { since: '2026-09-01', before: '2026-11-23', exceptBlockIds: [] }
    const [pastA, pastB] = [
      await listTrainedBlocks(a.database.db, clients, window),
      await listTrainedBlocks(b.database.db, clients, window),
    ]
    expect([...pastA.values()].flat().length).toBeGreaterThan(5)
    const sorted = (m: typeof pastA) => [...m.entries()].sort(([x], [y]) => x.localeCompare(y))
    expect(sorted(pastB)).toEqual(sorted(pastA))
    const check = { offset: 0, limit: 100 }
    expect(value(await b.dispatch('roster.check', check))).toEqual(
      value(await a.dispatch('roster.check', check)),
    )
  })
})
