import type BetterSqlite3 from 'better-sqlite3'
import type { CompiledQuery } from 'kysely'
import { MIGRATIONS } from './migrations'
import type { Migration, Statement } from './migrations/migration'
import { compilerFor, migrationTools } from './migrations/portable'
import type { DialectName } from './dialect'

export interface MigrationReport {
  fromVersion: number
  toVersion: number
  /** The copy written before an existing file was migrated, or null. */
  backupFile: string | null
}

export class DatabaseVersionError extends Error {}

/** A migration's statements compiled for one dialect, ready to run. */
export function compileMigration(migration: Migration, dialect: DialectName): CompiledQuery[] {
  const compiler = compilerFor(dialect)
  // A raw `sql` template compiles against a Kysely instance; a builder knows its own compiler.
  const compile = (statement: Statement): CompiledQuery =>
    'isRawBuilder' in statement ? statement.compile(compiler) : statement.compile()
  return migration.up(migrationTools(dialect, compiler)).map(compile)
}

/** What stops a migration: a version newer than this build, or a database of another program. */
export function refuseNewer(fromVersion: number, latest: number): void {
  if (fromVersion > latest) {
    throw new DatabaseVersionError(
      `This database was written by a newer Blockwise (schema ${fromVersion}); this version reads up to schema ${latest}.`,
    )
  }
}

export function refuseForeign(tables: readonly string[], what: string): void {
  const foreign = tables.filter((t) => t !== 'schema_migrations')
  if (foreign.length > 0) {
    throw new DatabaseVersionError(
      `This ${what} is not a Blockwise database (it holds tables such as "${foreign[0]}").`,
    )
  }
}

/**
 * Brings a SQLite file to the latest schema. Each migration runs in its own transaction together
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
  refuseNewer(fromVersion, latest)
  if (fromVersion === 0) refuseForeign(sqliteTables(db), 'file')
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
    const statements = compileMigration(migration, 'sqlite')
    db.transaction(() => {
      for (const { sql, parameters } of statements) db.prepare(sql).run(...parameters)
      record.run(migration.version, migration.name, options.now.toISOString())
      db.pragma(`user_version = ${migration.version}`)
    })()
  }
  return { fromVersion, toVersion: latest, backupFile }
}

function isFileBacked(filePath: string): boolean {
  return filePath !== ':memory:' && filePath !== ''
}

function sqliteTables(db: BetterSqlite3.Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[]
  ).map((t) => t.name)
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
