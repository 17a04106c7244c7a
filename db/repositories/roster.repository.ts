import type { Kysely } from 'kysely'
import type { Override } from '../../shared/schemas/analysis.schema'
import type { Block } from '../../shared/schemas/block.schema'
import type { Client } from '../../shared/schemas/client.schema'
import type { Database } from '../schema'
import { blocksOfRows } from './blocks-of-rows'
import { clientFromRow } from './client.repository'
import { overrideFromRow } from './override.repository'
import { inChunks } from './in-chunks'
import { groupBy } from './group-by'
import { ignoringCase } from './portable-sql'

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
    .orderBy(ignoringCase(db, 'c.name'))
    .orderBy('c.id')
    .select(['b.id as blockId', 'c.id as clientId'])
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  const blockIds = heads.map((h) => h.blockId)
  const clientIds = heads.map((h) => h.clientId)
  const [clients, blockRows, overrides] = await Promise.all([
    inChunks(clientIds, (ids) =>
      db.selectFrom('clients').selectAll().where('id', 'in', ids).execute(),
    ),
    inChunks(blockIds, (ids) =>
      db.selectFrom('blocks').selectAll().where('id', 'in', ids).execute(),
    ),
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
  const blockById = new Map((await blocksOfRows(db, blockRows)).map((b) => [b.id, b]))
  const overridesOf = groupBy(overrides, (o) => o.block_id)
  return heads.map(({ blockId, clientId }) => ({
    client: clientById.get(clientId)!,
    block: blockById.get(blockId)!,
    overrides: (overridesOf.get(blockId) ?? []).map(overrideFromRow),
  }))
}
