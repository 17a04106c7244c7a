import type BetterSqlite3 from 'better-sqlite3'

/**
 * A forward-only schema step. Migrations are frozen in time: they hold their own SQL and never
 * import application code, so an old step still means what it meant when it shipped.
 */
export interface Migration {
  version: number
  name: string
  up(db: BetterSqlite3.Database): void
}
