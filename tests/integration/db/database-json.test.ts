import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupError } from '../../../db/backup'
import { dumpDatabase, loadDatabase } from '../../../db/database-json'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

const NOW = new Date('2026-11-23T12:00:00Z')

/** The demo roster plus an override and an archived client, so every table has rows. */
async function richDatabase(): Promise<string> {
  const backend = await testBackend({ seedDemo: true })
  const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
  const maya = clients.find((c) => c.name === 'Maya Okafor')!
  const analysis = value<BlockAnalysis>(
    await backend.dispatch('blocks.analyze', { id: maya.activeBlock!.id }),
  )
  value(
    await backend.dispatch('findings.override', {
      blockId: maya.activeBlock!.id,
      rule: analysis.findings[0]!.rule,
      subject: analysis.findings[0]!.subject,
      reason: 'Agreed with Maya, “race week”',
    }),
  )
  value(await backend.dispatch('clients.archive', { id: clients.at(-1)!.id }))
  const file = backend.database.filePath
  await backend.close()
  return file
}

describe('whole-database JSON export', () => {
  it('database → JSON → database gives an identical database', async () => {
    const original = await richDatabase()
    const dump = dumpDatabase(original, NOW)
    expect(dump.tables.finding_overrides).toHaveLength(1)
    expect(dump.tables.sessions.length).toBeGreaterThan(100)
    const copy = path.join(tempDir(), 'copy.db')
    const { rows } = loadDatabase(copy, JSON.parse(JSON.stringify(dump)), NOW)
    expect(rows).toBe(Object.values(dump.tables).reduce((n, t) => n + t.length, 0))
    expect(dumpDatabase(copy, NOW)).toEqual(dump)
  })

  it('refuses what is not an export, and a bad row leaves no file behind', async () => {
    const original = await richDatabase()
    const target = path.join(tempDir(), 'target.db')
    expect(() => loadDatabase(target, { format: 'something-else' }, NOW)).toThrow(
      'This is not a Blockwise database export',
    )
    const dump = dumpDatabase(original, NOW)
    // The last session points at a block that does not exist: the foreign key refuses it.
    dump.tables.sessions.at(-1)!.block_id = 'no-such-block'
    expect(() => loadDatabase(target, dump, NOW)).toThrow(BackupError)
    expect(existsSync(target)).toBe(false)
    const extra = dumpDatabase(original, NOW)
    extra.tables.clients[0]!.shoe_size = 44
    expect(() => loadDatabase(target, extra, NOW)).toThrow(
      'clients row 1: there is no column "shoe_size"',
    )
    expect(existsSync(target)).toBe(false)
  })
})
