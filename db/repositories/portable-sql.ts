import { sql } from 'kysely'
import type { Kysely, RawBuilder } from 'kysely'
import { dialectOf } from '../dialect'

/**
 * The few expressions SQLite and PostgreSQL spell differently, each giving the same answer on
 * both (text columns are COLLATE "C" on PostgreSQL, so lower() folds ASCII letters only, as
 * SQLite's NOCASE and LIKE do).
 */

/** `a LIKE b` ignoring ASCII case, as SQLite's LIKE always does: ILIKE on PostgreSQL. */
export function likeIgnoringCase<DB>(db: Kysely<DB>): RawBuilder<unknown> {
  return dialectOf(db) === 'sqlite' ? sql`like` : sql`ilike`
}

/** An ORDER BY key for text ignoring ASCII case (SQLite's COLLATE NOCASE). */
export function ignoringCase<DB>(db: Kysely<DB>, ref: string): RawBuilder<unknown> {
  return dialectOf(db) === 'sqlite'
    ? sql`${sql.ref(ref)} collate nocase`
    : sql`lower(${sql.ref(ref)})`
}

/** The larger of two values: SQLite's two-argument max(), PostgreSQL's greatest(). */
export function larger<DB>(
  db: Kysely<DB>,
  a: RawBuilder<unknown>,
  b: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return dialectOf(db) === 'sqlite' ? sql`max(${a}, ${b})` : sql`greatest(${a}, ${b})`
}

/** An ISO date (text) `days` later, as ISO text: SQLite's date(), PostgreSQL's date arithmetic. */
export function isoDatePlusDays<DB>(
  db: Kysely<DB>,
  isoDate: RawBuilder<unknown>,
  days: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return dialectOf(db) === 'sqlite'
    ? sql`date(${isoDate}, '+' || (${days}) || ' days')`
    : sql`to_char(${isoDate}::date + (${days})::integer, 'YYYY-MM-DD')`
}
