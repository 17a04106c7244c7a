import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { MIGRATIONS } from '../migrations'
import type { Migration } from '../migrations/migration'
import { compileMigration, refuseForeign, refuseNewer } from '../migrator'
import type { MigrationReport } from '../migrator'
import type { Database } from '../schema'
import { redactUrl } from './redact-url'

export interface OpenPostgresDatabase {
  dialect: 'postgres'
  /** Typed queries; repositories take this (or a transaction) as their first argument. */
  db: Kysely<Database>
  /** The connection pool, for LISTEN (a dedicated client) and closing. */
  pool: pg.Pool
  /** The address without its password, to show. */
  url: string
  migration: MigrationReport
  close(): Promise<void>
}

/** A problem reaching or reading the team database, worded for whoever runs the command. */
export class PostgresConnectionError extends Error {}

/**
 * Counts (bigint in PostgreSQL) come back as numbers, as SQLite gives them; every bigint Blockwise
 * reads is a count or a sum of small numbers. Numeric and the rest keep pg's defaults.
 */
const INT8_OID = 20
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
}

/** A one-line reason for a failed connection (pg's errors for a refused or unknown host are terse). */
function connectionProblem(error: unknown, url: string): PostgresConnectionError {
  const e = error as { code?: string; message?: string }
  const reason =
    e.code === 'ECONNREFUSED'
      ? 'nothing is listening there (is the server running, on that port?)'
      : e.code === '3D000'
        ? 'that database does not exist (create it with createdb)'
        : e.code === '28P01' || e.code === '28000'
          ? 'the server refused the user or password'
          : (e.message ?? String(error))
  return new PostgresConnectionError(`Cannot open the team database ${redactUrl(url)}: ${reason}`)
}

/**
 * Opens a team database on PostgreSQL and brings its schema up to date with the same migrations
 * as a SQLite file. `poolSize` connections at most: each `blockwise serve` keeps a few.
 */
export async function openPostgresDatabase(
  url: string,
  options: { now?: Date; poolSize?: number; migrations?: readonly Migration[] } = {},
): Promise<OpenPostgresDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    application_name: 'blockwise',
    types: TYPES,
  })
  // A connection dropped while idle in the pool (the server restarted) must not crash the process.
  pool.on('error', () => undefined)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    await sql`select 1`.execute(db)
  } catch (error) {
    await db.destroy()
    throw connectionProblem(error, url)
  }
  try {
    const migration = await migratePostgres(db, {
      now: options.now ?? new Date(),
      migrations: options.migrations ?? MIGRATIONS,
    })
    return {
      dialect: 'postgres',
      db,
      pool,
      url: redactUrl(url),
      migration,
      close: () => db.destroy(),
    }
  } catch (error) {
    await db.destroy()
    throw error
  }
}

/** Any number: the key of the advisory lock that lets one process at a time migrate. */
const MIGRATION_LOCK = 472_019_29

/**
 * The same migrations as a SQLite file, each in its own transaction with its record in
 * schema_migrations (PostgreSQL's DDL is transactional, so a failed step leaves nothing behind).
 * Several `blockwise serve` processes may start together: an advisory lock lets one migrate while
 * the others wait, then find nothing left to do.
 */
export async function migratePostgres(
  db: Kysely<Database>,
  options: { now: Date; migrations: readonly Migration[] },
): Promise<MigrationReport> {
  const latest = options.migrations.at(-1)?.version ?? 0
  let fromVersion: number | null = null
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx)
      const version = await currentVersion(trx)
      fromVersion ??= version
      refuseNewer(version, latest)
      const next = options.migrations.find((m) => m.version > version)
      if (!next) return true
      for (const statement of compileMigration(next, 'postgres')) await trx.executeQuery(statement)
      await trx
        .insertInto('schema_migrations')
        .values({ version: next.version, name: next.name, applied_at: options.now.toISOString() })
        .execute()
      return false
    })
    if (done) return { fromVersion: fromVersion ?? 0, toVersion: latest, backupFile: null }
  }
}

/** The schema version of the database: 0 for an empty one; refuses another program's tables. */
async function currentVersion(db: Kysely<Database>): Promise<number> {
  const tables = await sql<{ name: string }>`select table_name as name
    from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
  const names = tables.rows.map((t) => t.name)
  if (!names.includes('schema_migrations')) {
    refuseForeign(names, 'PostgreSQL database')
    await sql`create table schema_migrations (
      version integer primary key,
      name text not null,
      applied_at text not null
    )`.execute(db)
    return 0
  }
  const row = await db
    .selectFrom('schema_migrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst()
  return row?.version ?? 0
}
