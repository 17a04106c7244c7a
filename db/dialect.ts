import { PostgresAdapter } from 'kysely'
import type { Kysely } from 'kysely'

/** The two databases Blockwise runs on: one SQLite file (a coach), or PostgreSQL (a team). */
export type DialectName = 'sqlite' | 'postgres'

/**
 * Which database a Kysely instance (or transaction) talks to, read from its adapter, so a
 * repository picks the few dialect-specific statements it needs without being told.
 */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}
