import type BetterSqlite3 from 'better-sqlite3'
import { MIGRATIONS } from './migrations'
import type { Migration } from './migrations/migration'

export interface MigrationReport {
  fromVersion: number
  toVersion: number
  /** The copy written before an existing file was migrated, or null. */
  backupFile: string | null
}

export class DatabaseVersionError extends Error {}

/**
 * Brings the database to the latest schema. Each migration runs in its own transaction together
 * with the version bump, so a failure leaves the file at the last complete version. Before an
 * existing Blockwise file is changed, a timestamped copy is written next to it.
 */
export function migrate(
  db: BetterSqlite3.Database,
  options: { filePath: string; now: Date; migrations?: readonly Migration[] },
): MigrationReport {
  const migrations = options.migrations ?? MIGRATIONS
  const fromVersion = db.pragma('user_version', { simple: true }) as number
  const latest = migrations.at(-1)?.version ?? 0
  if (fromVersion > latest) {
    throw new DatabaseVersionError(
      `This database was written by a newer Blockwise (schema ${fromVersion}); this version reads up to schema ${latest}.`,
    )
  }
  if (fromVersion === 0) assertNoForeignTables(db)
  const pending = migrations.filter((m) => m.version > fromVersion)
  if (pending.length === 0) return { fromVersion, toVersion: fromVersion, backupFile: null }

  const backupFile =
    fromVersion > 0 && isFileBacked(options.filePath)
      ? backupBeforeMigrating(db, options.filePath, fromVersion, options.now)
      : null
  ensureMigrationsTable(db)
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db)
      record.run(migration.version, migration.name, options.now.toISOString())
      db.pragma(`user_version = ${migration.version}`)
    })()
  }
  return { fromVersion, toVersion: latest, backupFile }
}

function isFileBacked(filePath: string): boolean {
  return filePath !== ':memory:' && filePath !== ''
}

// An empty schema version with tables in it is some other program's database: refuse to touch it.
function assertNoForeignTables(db: BetterSqlite3.Database): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[]
  const foreign = tables.filter((t) => t.name !== 'schema_migrations')
  if (foreign.length > 0) {
    throw new DatabaseVersionError(
      `This file is not a Blockwise database (it holds tables such as "${foreign[0]?.name}").`,
    )
  }
}

function ensureMigrationsTable(db: BetterSqlite3.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`)
}

/** `VACUUM INTO` writes a consistent copy even in WAL mode, unlike copying the file. */
function backupBeforeMigrating(
  db: BetterSqlite3.Database,
  filePath: string,
  fromVersion: number,
  now: Date,
): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const backupFile = `${filePath}.schema-v${fromVersion}.${stamp}.bak`
  db.prepare('VACUUM INTO ?').run(backupFile)
  return backupFile
}
