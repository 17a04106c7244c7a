import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupError, backupDatabase, dailyBackup, restoreDatabase } from '../../../db/backup'
import type { BlockEdit } from '../../../shared/schemas/block-edit.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { Backend } from '../../../electron/backend/backend'
import { testBackend, value } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

/** Everything a coach would miss: clients, and each active block's sessions. */
async function contents(backend: Backend) {
  const clients = value<ClientSummary[]>(
    await backend.dispatch('clients.list', { includeArchived: true }),
  )
  const blocks = []
  for (const c of clients.filter((x) => x.activeBlock)) {
    blocks.push(value<Block>(await backend.dispatch('blocks.get', { id: c.activeBlock!.id })))
  }
  return { clients: clients.map(({ lastEditedAt: _t, ...c }) => c), blocks }
}

describe('backup and restore', () => {
  it('backs up while the app keeps writing, and the backup restores into an identical database', async () => {
    const app = await testBackend({ seedDemo: true })
    const maya = value<ClientSummary[]>(await app.dispatch('clients.list', { search: 'Maya' }))[0]!
    let block = value<Block>(await app.dispatch('blocks.get', { id: maya.activeBlock!.id }))
    const session = block.sessions[0]!
    // Edits keep landing while the backup runs; the backup is a consistent snapshot of some moment.
    const backup = path.join(tempDir(), 'roster.backup.db')
    const copying = backupDatabase(app.database.filePath, backup)
    for (let i = 0; i < 20; i++) {
      const edit = value<BlockEdit>(
        await app.dispatch('blocks.applyPatches', {
          blockId: block.id,
          revision: block.revision,
          patches: [{ op: 'update', id: session.id, changes: { durationMin: 30 + i } }],
        }),
      )
      block = { ...block, revision: edit.revision }
    }
    await copying
    expect(existsSync(backup)).toBe(true)

    // A backup taken now, with the app idle, restores to exactly what the app shows.
    const settled = path.join(tempDir(), 'settled.backup.db')
    await backupDatabase(app.database.filePath, settled)
    const restoredFile = path.join(tempDir(), 'restored.db')
    await restoreDatabase(settled, restoredFile)
    const restored = await testBackend({ dataFile: restoredFile })
    expect(await contents(restored)).toEqual(await contents(app))
    await restored.close()
    await app.close()
  })

  it('refuses to overwrite an existing file and to restore something that is not a good Blockwise database', async () => {
    const app = await testBackend({ seedDemo: true })
    const backup = path.join(tempDir(), 'ok.db')
    await backupDatabase(app.database.filePath, backup)
    await expect(restoreDatabase(backup, app.database.filePath)).rejects.toThrow(
      /already exists; restore into a new file/,
    )
    const garbage = path.join(tempDir(), 'garbage.db')
    writeFileSync(garbage, 'this is not a database '.repeat(400))
    const target = path.join(tempDir(), 'target.db')
    await expect(restoreDatabase(garbage, target)).rejects.toBeInstanceOf(BackupError)
    expect(existsSync(target)).toBe(false)
    await app.close()
  })

  it('keeps one automatic backup a day, the newest N', async () => {
    const app = await testBackend({ seedDemo: true })
    const folder = tempDir()
    for (let day = 1; day <= 5; day++) {
      const written = await dailyBackup(
        app.database.filePath,
        folder,
        new Date(Date.UTC(2026, 10, day, 9)),
        3,
      )
      expect(written).toBe(path.join(folder, `blockwise-2026-11-0${day}.db`))
    }
    // The same day again writes nothing new.
    expect(
      await dailyBackup(app.database.filePath, folder, new Date(Date.UTC(2026, 10, 5, 18)), 3),
    ).toBeNull()
    expect(readdirSync(folder).sort()).toEqual([
      'blockwise-2026-11-03.db',
      'blockwise-2026-11-04.db',
      'blockwise-2026-11-05.db',
    ])
    await app.close()
  })

  it('blockwise backup and restore on the command line', async () => {
    const app = await testBackend({ seedDemo: true })
    const bin = path.resolve('bin/blockwise.mjs')
    const out = path.join(tempDir(), 'cli.backup.db')
    const backup = spawnSync(
      process.execPath,
      [bin, 'backup', '--db', app.database.filePath, '--out', out],
      { encoding: 'utf8' },
    )
    expect(backup.status).toBe(0)
    expect(backup.stdout).toContain('integrity check passed')
    const restoredFile = path.join(tempDir(), 'cli.restored.db')
    const restore = spawnSync(
      process.execPath,
      [bin, 'restore', '--from', out, '--db', restoredFile],
      { encoding: 'utf8' },
    )
    expect(restore.status).toBe(0)
    const again = spawnSync(
      process.execPath,
      [bin, 'restore', '--from', out, '--db', restoredFile],
      { encoding: 'utf8' },
    )
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('already exists')
    await app.close()
  }, 60_000)
})
