import type { Compilable, RawBuilder } from 'kysely'
import type { MigrationTools } from './portable'

/** One schema statement: a Kysely schema builder (or query), or a raw `sql` template. */
export type Statement = Compilable | RawBuilder<unknown>

/**
 * A forward-only schema step, defined once for both databases. `up` returns its statements, built
 * with Kysely's schema builder from `tools` (which knows the dialect: column types, STRICT tables
 * on SQLite); the migrator compiles and runs them in one transaction with the version bump, on a
 * SQLite file (synchronously, through better-sqlite3) or on PostgreSQL. Statements, not a
 * function that runs queries: a step can never read rows and decide in JavaScript, so it means
 * the same on both. Migrations are frozen in time: they never import application code.
 *
 * Writing one that runs on both: use `tools.type` for columns (text, nocaseText, integer, real),
 * `tools.table` for a new table, plain `sql` for checks that both understand (length, BETWEEN,
 * IN, json_valid, which migration 1 defines on PostgreSQL), `tools.matches` for a GLOB pattern,
 * and `tools.dialect` only where the two really differ (an index on an expression).
 */
export interface Migration {
  version: number
  name: string
  up(tools: MigrationTools): Statement[]
}
