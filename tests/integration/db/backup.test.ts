import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupError, backupDatabase, dailyBackup } from '../../../db/backup'
import { restoreDatabase } from '../../../db/restore'
import type { BlockEdit } from '../../../shared/schemas/block-edit.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { Backend } from '../../../server/backend'
import { testBackend, value, sqliteOf } from '../../support/backend'
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
    const copying = backupDatabase(sqliteOf(app).filePath, backup)
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
    await backupDatabase(sqliteOf(app).filePath, settled)
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
    await backupDatabase(sqliteOf(app).filePath, backup)
    // The app's database is open (its -wal is beside it): never replaced, even with force.
    await expect(restoreDatabase(backup, sqliteOf(app).filePath, { force: true })).rejects.toThrow(
      /is a database in use.*never writes over it, even with --force/,
    )
    const existing = path.join(tempDir(), 'existing.db')
    writeFileSync(existing, 'mine')
    await expect(restoreDatabase(backup, existing)).rejects.toThrow(
      /already exists; choose a new name, or add --force to replace it/,
    )
    expect(readFileSync(existing, 'utf8')).toBe('mine')
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
        sqliteOf(app).filePath,
        folder,
        new Date(Date.UTC(2026, 10, day, 9)),
        3,
      )
      expect(written).toBe(path.join(folder, `blockwise-2026-11-0${day}.db`))
    }
    // The same day again writes nothing new.
    expect(
      await dailyBackup(sqliteOf(app).filePath, folder, new Date(Date.UTC(2026, 10, 5, 18)), 3),
    ).toBeNull()
    // Each with its checksum file, and the old ones' checksums go with them.
    expect(readdirSync(folder).sort()).toEqual([
      'blockwise-2026-11-03.db',
      'blockwise-2026-11-03.db.sha256',
      'blockwise-2026-11-04.db',
      'blockwise-2026-11-04.db.sha256',
      'blockwise-2026-11-05.db',
      'blockwise-2026-11-05.db.sha256',
    ])
    await app.close()
  })

  it('blockwise backup and restore on the command line', async () => {
    const app = await testBackend({ seedDemo: true })
    const bin = path.resolve('bin/blockwise.mjs')
    const out = path.join(tempDir(), 'cli.backup.db')
    const backup = spawnSync(
      process.execPath,
      [bin, 'backup', '--db', sqliteOf(app).filePath, '--out', out],
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

describe('backups never overwrite, never mix, and notice a changed byte (data safety, second pass)', () => {
  const bin = path.resolve('bin/blockwise.mjs')
  const blockwise = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })

  it('H2: backup --out onto the live database of a running app is refused, and the app’s data is untouched', async () => {
    const live = await testBackend({ seedDemo: true })
    const other = await testBackend({ seedDemo: false })
    value(await other.dispatch('clients.create', { name: 'Intruder', goal: 'hybrid' }))
    const before = await contents(live)
    const run = blockwise(
      'backup',
      '--db',
      sqliteOf(other).filePath,
      '--out',
      sqliteOf(live).filePath,
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('is a database in use')
    expect(await contents(live)).toEqual(before)
    expect(sqliteOf(live).sqlite.pragma('foreign_key_check')).toEqual([])
    // An unrelated file is not overwritten either.
    const note = path.join(tempDir(), 'notes.txt')
    writeFileSync(note, 'mine')
    expect(blockwise('backup', '--db', sqliteOf(live).filePath, '--out', note).status).toBe(2)
    expect(readFileSync(note, 'utf8')).toBe('mine')
    await other.close()
    await live.close()
  })

  it('M1: a stray -wal beside the target is refused for backup and restore alike', async () => {
    const app = await testBackend({ seedDemo: true })
    const backup = path.join(tempDir(), 'good.db')
    await backupDatabase(sqliteOf(app).filePath, backup)
    // The log of another database, left where the coach restores.
    const target = path.join(tempDir(), 'target.db')
    writeFileSync(`${target}-wal`, 'not ours')
    await expect(restoreDatabase(backup, target)).rejects.toThrow(/target\.db-wal is beside it/)
    await expect(backupDatabase(sqliteOf(app).filePath, target)).rejects.toThrow(
      /target\.db-wal is beside it/,
    )
    expect(existsSync(target)).toBe(false)
    await app.close()
  })

  it('a backup changed by one bit after it was made is refused by restore (its checksum no longer matches)', async () => {
    const app = await testBackend({ seedDemo: true })
    value(await app.dispatch('clients.create', { name: 'Hyrox Hank', goal: 'hybrid' }))
    await app.close()
    const backup = path.join(tempDir(), 'flip.db')
    await backupDatabase(sqliteOf(app).filePath, backup)
    const bytes = readFileSync(backup)
    const at = bytes.indexOf('Hyrox Hank')
    expect(at).toBeGreaterThan(0)
    bytes[at] = bytes[at]! ^ 0x04 // "Hyrox" → "Lyrox": SQLite's integrity check still says ok
    writeFileSync(backup, bytes)
    const run = blockwise('restore', '--from', backup, '--db', path.join(tempDir(), 'r.db'))
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('does not match its checksum')
  })

  it('the database, its backups and their checksums are owner-only (0600), their folders 0700', async () => {
    const folder = path.join(tempDir(), 'data')
    const app = await testBackend({ dataFile: path.join(folder, 'blockwise.db') })
    const daily = await dailyBackup(
      sqliteOf(app).filePath,
      path.join(folder, 'backups'),
      new Date(),
      3,
    )
    const mode = (file: string) => statSync(file).mode & 0o777
    expect(mode(sqliteOf(app).filePath)).toBe(0o600)
    expect(mode(`${sqliteOf(app).filePath}-wal`)).toBe(0o600)
    expect(mode(daily!)).toBe(0o600)
    expect(mode(`${daily!}.sha256`)).toBe(0o600)
    expect(mode(path.join(folder, 'backups'))).toBe(0o700)
    await app.close()
  })
})
