import { sql } from 'kysely'
import type { Kysely, Selectable } from 'kysely'
import type { Block } from '../../shared/schemas/block.schema'
import type { BlocksTable, Database } from '../schema'
import { blocksOfRows } from './blocks-of-rows'
import { groupBy } from './group-by'
import { inChunks } from './in-chunks'
import { isoDatePlusDays } from './portable-sql'

/** A trained block's row with the day after its last (its weeks read without reading them). */
export type TrainedBlockRow = Selectable<BlocksTable> & { end_date: string }

/**
 * The rows of the blocks of `clientIds` that were trained or are being trained (active or done; a
 * draft is not), other than `exceptBlockIds`, which overlap the days from `since` to before
 * `before`: what a client's history is built from. Read set-wise, one query for a roster page;
 * their sessions are read only for the blocks whose analysis has to be computed.
 */
export async function listTrainedBlockRows(
  db: Kysely<Database>,
  clientIds: readonly string[],
  window: { since: string; before: string; exceptBlockIds: readonly string[] },
): Promise<TrainedBlockRow[]> {
  const except = new Set(window.exceptBlockIds)
  const endDate = sql<string>`${isoDatePlusDays(
    db,
    sql`b.start_date`,
    sql`(select count(*) * 7 from block_weeks w where w.block_id = b.id)`,
  )}`
  const rows = await inChunks(clientIds, (ids) =>
    db
      .selectFrom('blocks as b')
      .selectAll()
      .select(endDate.as('end_date'))
      .where('b.client_id', 'in', ids)
      .where('b.status', 'in', ['active', 'done'])
      .where('b.start_date', '<', window.before)
      .where(endDate, '>', window.since)
      .execute(),
  )
  return rows.filter((row) => !except.has(row.id))
}

/** The blocks of listTrainedBlockRows, whole (weeks and sessions), by client. */
export async function listTrainedBlocks(
  db: Kysely<Database>,
  clientIds: readonly string[],
  window: { since: string; before: string; exceptBlockIds: readonly string[] },
): Promise<Map<string, Block[]>> {
  const blocks = await blocksOfRows(db, await listTrainedBlockRows(db, clientIds, window))
  return groupBy(blocks, (b) => b.clientId)
}
