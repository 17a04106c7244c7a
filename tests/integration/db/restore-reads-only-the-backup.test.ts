import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { blockwise } from '../../support/blockwise-cli'
import { tempDir } from '../../support/temp-files'

const names = (db: string) => {
  const sqlite = new BetterSqlite3(db, { readonly: true })
  try {
    return sqlite.prepare('SELECT name FROM clients ORDER BY id').pluck().all() as string[]
  } finally {
    sqlite.close()
  }
}

/**
 * A `-wal` and `-shm` of another database, left beside a backup: the log (and its index) of a copy
 * of the backup whose clients were all renamed, never folded into its own file (the process still
 * had it open).
 */
function strayLogBeside(backup: string): void {
  const other = path.join(tempDir(), 'other.db')
  copyFileSync(backup, other)
  const writer = new BetterSqlite3(other)
  writer.pragma('journal_mode = WAL')
  writer.pragma('wal_autocheckpoint = 0')
  writer.exec("UPDATE clients SET name = 'Renamed ' || name")
  copyFileSync(`${other}-wal`, `${backup}-wal`)
  copyFileSync(`${other}-shm`, `${backup}-shm`)
  writer.close()
}

describe('restore reads the backup alone (data safety, third pass)', () => {
  it('a stray -wal and -shm beside the backup are named and left out, and the backup stays byte for byte (its checksum verifies)', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    const backup = path.join(dir, 'bk.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    expect(blockwise('backup', '--db', db, '--out', backup).status).toBe(0)
    const original = names(db)
    const bytes = readFileSync(backup)
    strayLogBeside(backup)
    const wal = readFileSync(`${backup}-wal`)
    const shm = readFileSync(`${backup}-shm`)

    const restored = path.join(dir, 'restored.db')
    const run = blockwise('restore', '--from', backup, '--db', restored)
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('Its checksum and integrity were verified.')
    expect(run.stdout).toContain(`Left ${backup}-wal alone`)
    expect(run.stdout).toContain(`Left ${backup}-shm alone`)

    // The restored clients are the backup's own, not the other database's renamed ones.
    expect(names(restored)).toEqual(original)
    expect(names(restored).some((n) => n.startsWith('Renamed'))).toBe(false)
    // The backup was never opened by SQLite: not a byte of it (or of the log) changed.
    expect(readFileSync(backup).equals(bytes)).toBe(true)
    expect(readFileSync(`${backup}-wal`).equals(wal)).toBe(true)
    expect(readFileSync(`${backup}-shm`).equals(shm)).toBe(true)
    expect(
      execFileSync('sha256sum', ['-c', 'bk.db.sha256'], { cwd: dir, encoding: 'utf8' }),
    ).toContain('bk.db: OK')
  })

  it('a live database (its -wal beside it, no checksum) is not restored from: its latest changes would be lost', () => {
    const dir = tempDir()
    const db = path.join(dir, 'live.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const open = new BetterSqlite3(db)
    open.pragma('journal_mode = WAL')
    open.pragma('wal_autocheckpoint = 0')
    open.exec("UPDATE clients SET name = 'Changed ' || name")
    try {
      const restored = path.join(dir, 'from-live.db')
      const run = blockwise('restore', '--from', db, '--db', restored)
      expect(run.status).toBe(2)
      expect(run.stderr).toContain('is a database in use, or not closed')
      expect(run.stderr).toContain(`blockwise backup --db ${db}`)
      expect(existsSync(restored)).toBe(false)
    } finally {
      open.close()
    }
  })

  it('a restore with --force never replaces a database in use, and replaces a closed one', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    const backup = path.join(dir, 'bk.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    expect(blockwise('backup', '--db', db, '--out', backup).status).toBe(0)
    const open = new BetterSqlite3(db)
    open.pragma('journal_mode = WAL')
    open.exec("UPDATE clients SET notes = 'edited while open'")
    const inUse = blockwise('restore', '--from', backup, '--db', db, '--force')
    expect(inUse.status).toBe(2)
    expect(inUse.stderr).toContain('is a database in use')
    open.close()
    const closed = blockwise('restore', '--from', backup, '--db', db, '--force')
    expect(closed.status, closed.stderr).toBe(0)
    const sqlite = new BetterSqlite3(db, { readonly: true })
    expect(
      sqlite
        .prepare("SELECT count(*) FROM clients WHERE notes = 'edited while open'")
        .pluck()
        .get(),
    ).toBe(0)
    sqlite.close()
  })
})
