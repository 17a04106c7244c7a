import { closeSync, openSync } from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { fileError } from './files/file-errors'
import { makeFolder } from './files/make-folder'
import { ImmediateTransactionDialect } from './immediate-dialect'
import { Kysely } from 'kysely'
import { migrate } from './migrator'
import type { MigrationReport } from './migrator'
import type { Database } from './schema'
import { withStatementCache } from './statement-cache'

/** ORDER BY inside an aggregate, which the session reader relies on, came in SQLite 3.44. */
const OLDEST_SQLITE = [3, 44, 0]

/** Whether a SQLite version ("3.53.2") is at least OLDEST_SQLITE. */
export function sqliteIsRecentEnough(version: string): boolean {
  const parts = version.split('.').map(Number)
  for (const [i, oldest] of OLDEST_SQLITE.entries()) {
    const part = parts[i] ?? 0
    if (part !== oldest) return part > oldest
  }
  return true
}

/** Refuses a driver whose SQLite is too old, rather than reading sessions in the wrong order. */
function assertSqliteVersion(sqlite: BetterSqlite3.Database): void {
  const version = sqlite.prepare('select sqlite_version()').pluck().get() as string
  if (!sqliteIsRecentEnough(version)) {
    throw new Error(
      `Blockwise needs SQLite ${OLDEST_SQLITE.join('.')} or newer; this driver has ${version}.`,
    )
  }
}

/**
 * A new database file is created empty and owner-only (0600), in an owner-only folder, before
 * SQLite opens it: SQLite gives its -wal and -shm files the database's own permissions, so a
 * coach's clients are never readable by other users of the machine. An existing file is left as
 * it is.
 */
function createOwnerOnly(filePath: string): void {
  makeFolder(path.dirname(path.resolve(filePath)))
  try {
    closeSync(openSync(filePath, 'wx', 0o600))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw fileError(error, filePath)
  }
}

export interface OpenSqliteDatabase {
  dialect: 'sqlite'
  /** Typed queries; repositories take this (or a transaction) as their first argument. */
  db: Kysely<Database>
  /** The raw connection, for pragmas, backups and integrity checks. */
  sqlite: BetterSqlite3.Database
  filePath: string
  migration: MigrationReport
  close(): Promise<void>
}

/**
 * Opens (creating if needed) one Blockwise database file and brings its schema up to date.
 * WAL lets a reader (the CLI, a second window) work while the app writes; the busy timeout makes
 * a writer wait for another instead of failing at once; foreign keys are off by default in SQLite.
 */
export function openDatabase(
  filePath: string,
  options: { now?: Date; nativeBinding?: string } = {},
): OpenSqliteDatabase {
  if (filePath !== ':memory:') createOwnerOnly(filePath)
  // The desktop app passes a copy of the driver built for Electron's ABI; Node uses the default.
  const sqlite = new BetterSqlite3(
    filePath,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  )
  try {
    assertSqliteVersion(sqlite)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    // FULL: a committed edit survives power loss, not only a crash. Coach edits are small.
    sqlite.pragma('synchronous = FULL')
    const migration = migrate(sqlite, { filePath, now: options.now ?? new Date() })
    const db = new Kysely<Database>({
      dialect: new ImmediateTransactionDialect(
        { database: withStatementCache(sqlite) },
        () => sqlite.inTransaction,
      ),
    })
    return {
      dialect: 'sqlite',
      db,
      sqlite,
      filePath,
      migration,
      // Kysely's destroy closes the better-sqlite3 connection too.
      close: () => db.destroy(),
    }
  } catch (error) {
    sqlite.close()
    throw error
  }
}
