import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { BlockSession } from '../../shared/schemas/block.schema'
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
 */

/** One session as a JSON array: its id, then SESSION_COLUMNS in order (lists as JSON, not text). */
const TUPLE = sql`json_array(id, ${sql.join(
  SESSION_COLUMNS.map((c) =>
    c.kind === 'json' ? sql`json(${sql.ref(c.column)})` : sql.ref(c.column),
  ),
)})`

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
  const rows = await inChunks(blockIds, (ids) =>
    db
      .selectFrom('sessions')
      .select([
        'block_id',
        sql<string>`json_group_array(${TUPLE} order by week_index, day, start, sort_order, id)`.as(
          'sessions',
        ),
      ])
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
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom('sessions')
      .select(sql<string>`${TUPLE}`.as('session'))
      .where('block_id', '=', blockId)
      .where('id', 'in', chunk)
      .execute(),
  )
  return rows.map((row) => sessionOf(JSON.parse(row.session) as unknown[]))
}
