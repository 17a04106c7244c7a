import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { Block } from '../../shared/schemas/block.schema'
import type { Database } from '../schema'
import { blocksOfRows } from './blocks-of-rows'
import { groupBy } from './group-by'
import { inChunks } from './in-chunks'
import { isoDatePlusDays } from './portable-sql'

/**
 * The blocks of `clientIds` that were trained or are being trained (active or done; a draft is
 * not), other than `exceptBlockIds`, which overlap the days from `since` to before `before`:
 * what a client's history is built from. Read set-wise, a few queries for a whole roster page.
 */
export async function listTrainedBlocks(
  db: Kysely<Database>,
  clientIds: readonly string[],
  window: { since: string; before: string; exceptBlockIds: readonly string[] },
): Promise<Map<string, Block[]>> {
  const except = new Set(window.exceptBlockIds)
  const rows = (
    await inChunks(clientIds, (ids) =>
      db
        .selectFrom('blocks as b')
        .selectAll()
        .where('b.client_id', 'in', ids)
        .where('b.status', 'in', ['active', 'done'])
        .where('b.start_date', '<', window.before)
        .where(
          sql<string>`${isoDatePlusDays(
            db,
            sql`b.start_date`,
            sql`(select count(*) * 7 from block_weeks w where w.block_id = b.id)`,
          )}`,
          '>',
          window.since,
        )
        .execute(),
    )
  ).filter((row) => !except.has(row.id))
  const blocks = await blocksOfRows(db, rows)
  return groupBy(blocks, (b) => b.clientId)
}
