import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { Override } from '../../shared/schemas/analysis.schema'
import type { Block, WeekSettings } from '../../shared/schemas/block.schema'
import type { Client } from '../../shared/schemas/client.schema'
import type { Database } from '../schema'
import { blockHeader } from './block.repository'
import { clientFromRow } from './client.repository'
import { overrideFromRow } from './override.repository'
import { inChunks } from './in-chunks'
import { listSessionsOfBlocks } from './session-reader'
import { fromFlag } from './sql-values'
import { groupBy } from './group-by'

export interface ActiveBlock {
  client: Client
  block: Block
  overrides: Override[]
}

/** How many clients on the roster (not archived) have an active block. */
export async function countActiveBlocks(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('blocks as b')
    .innerJoin('clients as c', 'c.id', 'b.client_id')
    .where('b.status', '=', 'active')
    .where('c.archived', '=', 0)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * The active block of every client on the roster (archived clients left out), by client name, a
 * page at a time, with the client and the coach's overrides. Reads a few set-wise queries per page
 * rather than a handful per client: a 1,000-client roster check is bound by the engine, not by I/O.
 */
export async function listActiveBlocks(
  db: Kysely<Database>,
  page: { offset: number; limit: number },
): Promise<ActiveBlock[]> {
  const heads = await db
    .selectFrom('blocks as b')
    .innerJoin('clients as c', 'c.id', 'b.client_id')
    .where('b.status', '=', 'active')
    .where('c.archived', '=', 0)
    .orderBy(sql`c.name collate nocase`)
    .orderBy('c.id')
    .select(['b.id as blockId', 'c.id as clientId'])
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  const blockIds = heads.map((h) => h.blockId)
  const clientIds = heads.map((h) => h.clientId)
  const [clients, blocks, weeks, sessions, overrides] = await Promise.all([
    inChunks(clientIds, (ids) =>
      db.selectFrom('clients').selectAll().where('id', 'in', ids).execute(),
    ),
    inChunks(blockIds, (ids) =>
      db.selectFrom('blocks').selectAll().where('id', 'in', ids).execute(),
    ),
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
    inChunks(blockIds, (ids) =>
      db
        .selectFrom('finding_overrides')
        .select(['block_id', 'rule', 'subject', 'reason', 'created_at'])
        .where('block_id', 'in', ids)
        .orderBy('created_at')
        .execute(),
    ),
  ])
  const clientById = new Map(clients.map((row) => [row.id, clientFromRow(row)]))
  const blockById = new Map(blocks.map((row) => [row.id, row]))
  const weeksOf = groupBy(weeks, (w) => w.block_id)
  const overridesOf = groupBy(overrides, (o) => o.block_id)
  return heads.map(({ blockId, clientId }) => ({
    client: clientById.get(clientId)!,
    block: {
      ...blockHeader(blockById.get(blockId)!),
      weeks: (weeksOf.get(blockId) ?? []).map((w): WeekSettings => ({
        phase: w.phase as WeekSettings['phase'],
        deload: fromFlag(w.deload),
      })),
      sessions: sessions.get(blockId) ?? [],
    },
    overrides: (overridesOf.get(blockId) ?? []).map(overrideFromRow),
  }))
}
