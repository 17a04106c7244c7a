import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

/** Enough for every distinct query the app runs; IN lists of many lengths age out first. */
const MAX_STATEMENTS = 500

/**
 * The connection as Kysely sees it, with each prepared statement kept for the next query with
 * the same SQL. Kysely prepares every query afresh, which was a tenth of an editor save's work;
 * better-sqlite3 statements are meant to be reused, and SQLite re-prepares one by itself when the
 * schema changes under it. Least recently used statements are dropped past MAX_STATEMENTS.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql)
      if (statement) statements.delete(sql)
      else statement = sqlite.prepare(sql)
      // Re-inserting keeps the Map in least-recently-used order.
      statements.set(sql, statement)
      if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value!)
      return statement
    },
  }
}
