import { sql } from 'kysely'
import type { Kysely, RawBuilder } from 'kysely'
import type { BlockSession } from '../../shared/schemas/block.schema'
import { dialectOf } from '../dialect'
import type { Database } from '../schema'
import { inChunks } from './in-chunks'
import { SESSION_COLUMNS, sessionFromTuple } from './session-codec'

/**
 * Reads sessions with SQLite building each block's sessions as one JSON text, which V8 parses in
 * one pass. Handing over 28 columns one value at a time costs about 20 µs a row on a slow machine
 * (a 1,000-client roster check spent 3.5 s there); one JSON text per block costs a seventh of that.
 * It needs an ORDER BY inside an aggregate (SQLite 3.44+, checked when the database opens); the
 * SQLite bundled with better-sqlite3 writes REALs with 17 significant digits, so every number
 * reads back exactly (tests/integration/db/session-reader.test.ts).
 *
 * PostgreSQL builds the same text with json_build_array and json_agg (`exercises::json` embeds
 * the stored document as written, as SQLite's json() does); it writes double precision in the
 * shortest form that reads back exactly. The suites run on both and compare what they read.
 */

/**
 * One session as a JSON array: its id, then SESSION_COLUMNS in order (lists as JSON values, not
 * text), built by SQLite's json_array or PostgreSQL's json_build_array.
 */
const tuple = (
  array: 'json_array' | 'json_build_array',
  json: (c: string) => RawBuilder<unknown>,
) =>
  sql`${sql.raw(array)}(id, ${sql.join(
    SESSION_COLUMNS.map((c) => (c.kind === 'json' ? json(c.column) : sql.ref(c.column))),
  )})`
const TUPLE = {
  sqlite: tuple('json_array', (c) => sql`json(${sql.ref(c)})`),
  postgres: tuple('json_build_array', (c) => sql`${sql.ref(c)}::json`),
}
const ORDER = sql`order by week_index, day, start, sort_order, id`
/** Each block's sessions as one JSON text, in the editor's order. */
const SESSIONS_OF_BLOCK = {
  sqlite: sql<string>`json_group_array(${TUPLE.sqlite} ${ORDER})`,
  postgres: sql<string>`json_agg(${TUPLE.postgres} ${ORDER})::text`,
}
const SESSION = {
  sqlite: sql<string>`${TUPLE.sqlite}`,
  postgres: sql<string>`${TUPLE.postgres}::text`,
}

/** A session read by this reader; its values were written through the session schema. */
const sessionOf = (tuple: unknown[]): BlockSession => sessionFromTuple(tuple) as BlockSession

/**
 * The sessions of each of `blockIds`, in the order of compareSessions
 * (shared/plans/session-order.ts), which sorts edits in memory. Blocks without sessions are absent.
 */
export async function listSessionsOfBlocks(
  db: Kysely<Database>,
  blockIds: readonly string[],
): Promise<Map<string, BlockSession[]>> {
  const sessions = SESSIONS_OF_BLOCK[dialectOf(db)]
  const rows = await inChunks(blockIds, (ids) =>
    db
      .selectFrom('sessions')
      .select(['block_id', sessions.as('sessions')])
      .where('block_id', 'in', ids)
      .groupBy('block_id')
      .execute(),
  )
  return new Map(
    rows.map((row) => [row.block_id, (JSON.parse(row.sessions) as unknown[][]).map(sessionOf)]),
  )
}

export async function listSessionsOfBlock(
  db: Kysely<Database>,
  blockId: string,
): Promise<BlockSession[]> {
  return (await listSessionsOfBlocks(db, [blockId])).get(blockId) ?? []
}

/** Some sessions of a block, as stored (in no particular order). */
export async function listSessionsById(
  db: Kysely<Database>,
  blockId: string,
  ids: readonly string[],
): Promise<BlockSession[]> {
  const session = SESSION[dialectOf(db)]
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom('sessions')
      .select(session.as('session'))
      .where('block_id', '=', blockId)
      .where('id', 'in', chunk)
      .execute(),
  )
  return rows.map((row) => sessionOf(JSON.parse(row.session) as unknown[]))
}
