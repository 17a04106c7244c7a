import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/database'
import { countClients, listClientSummaries } from '../../../db/repositories/client.repository'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

describe('blockwise demo', () => {
  it('writes the demo roster to a new file', async () => {
    const file = path.join(tempDir(), 'nested', 'demo.db')
    const run = blockwise('demo', '--db', file)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Wrote the demo roster (12 clients')

    const database = openDatabase(file)
    const roster = await listClientSummaries(database.db, { includeArchived: false, search: '' })
    expect(roster).toHaveLength(12)
    expect(roster.every((c) => c.activeBlock !== null)).toBe(true)
    await database.close()
  })

  it('refuses to add the demo to a database that already has clients', async () => {
    const file = path.join(tempDir(), 'demo.db')
    expect(blockwise('demo', '--db', file).status).toBe(0)
    const again = blockwise('demo', '--db', file)
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('already holds 12 client(s)')
    const database = openDatabase(file)
    expect(await countClients(database.db)).toBe(12)
    await database.close()
  })

  it('explains its usage when --db is missing', () => {
    const run = blockwise('demo')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('blockwise demo needs --db FILE')
  })
})
