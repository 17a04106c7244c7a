import type { Kysely, Selectable } from 'kysely'
import type { Block, WeekSettings } from '../../shared/schemas/block.schema'
import type { BlocksTable, Database } from '../schema'
import { blockHeader } from './block.repository'
import { groupBy } from './group-by'
import { inChunks } from './in-chunks'
import { listSessionsOfBlocks } from './session-reader'
import { fromFlag } from './sql-values'

/**
 * Whole blocks (weeks and sessions) for block rows already read, in two set-wise queries however
 * many blocks: the roster check and the history reader read a page of clients' blocks this way.
 */
export async function blocksOfRows(
  db: Kysely<Database>,
  rows: readonly Selectable<BlocksTable>[],
): Promise<Block[]> {
  const blockIds = rows.map((row) => row.id)
  const [weeks, sessions] = await Promise.all([
    inChunks(blockIds, (ids) =>
      db
        .selectFrom('block_weeks')
        .selectAll()
        .where('block_id', 'in', ids)
        .orderBy('block_id')
        .orderBy('week_index')
        .execute(),
    ),
    listSessionsOfBlocks(db, blockIds),
  ])
  const weeksOf = groupBy(weeks, (w) => w.block_id)
  return rows.map((row): Block => ({
    ...blockHeader(row),
    weeks: (weeksOf.get(row.id) ?? []).map((w): WeekSettings => ({
      phase: w.phase,
      deload: fromFlag(w.deload),
    })),
    sessions: sessions.get(row.id) ?? [],
  }))
}
