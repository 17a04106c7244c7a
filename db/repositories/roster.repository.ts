import { sql } from 'kysely'
import type { Kysely, Selectable } from 'kysely'
import type { Override } from '../../shared/schemas/analysis.schema'
import type { Block } from '../../shared/schemas/block.schema'
import type { Client } from '../../shared/schemas/client.schema'
import type { BlocksTable, Database } from '../schema'
import { blocksOfRows } from './blocks-of-rows'
import { clientFromRow } from './client.repository'
import { overrideFromRow } from './override.repository'
import { inChunks } from './in-chunks'
import { groupBy } from './group-by'
import { clientsOfCoach } from './client-access.repository'
import { ignoringCase } from './portable-sql'

export interface ActiveBlock {
  client: Client
  block: Block
  overrides: Override[]
}

/**
 * The active blocks (`b`) of the clients on the roster (`c`, archived ones left out); only those of
 * the clients a coach owns or has shared with them when `visibleTo` names the coach.
 */
function activeBlocksOnRoster(db: Kysely<Database>, visibleTo: string | undefined) {
  return db
    .selectFrom('blocks as b')
    .innerJoin('clients as c', 'c.id', 'b.client_id')
    .where('b.status', '=', 'active')
    .where('c.archived', '=', 0)
    .$if(visibleTo !== undefined, (q) => q.where('c.id', 'in', clientsOfCoach(db, visibleTo!)))
}

/** How many clients on the roster (not archived) have an active block; a coach's own when given. */
export async function countActiveBlocks(db: Kysely<Database>, visibleTo?: string): Promise<number> {
  const row = await activeBlocksOnRoster(db, visibleTo)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** An active block's row (no sessions yet), its client and the coach's overrides. */
export interface ActiveBlockHead {
  client: Client
  block: Selectable<BlocksTable> & { week_count: number }
  overrides: Override[]
}

/**
 * The active block of every client on the roster (archived clients left out), by client name, a
 * page at a time, with the client and the coach's overrides, but not the block's weeks and
 * sessions: a roster check whose stored analyses still hold needs none of them. A few set-wise
 * queries per page rather than a handful per client. `visibleTo`: a team's coach (see
 * activeBlocksOnRoster).
 */
export async function listActiveBlockHeads(
  db: Kysely<Database>,
  page: { offset: number; limit: number },
  visibleTo?: string,
): Promise<ActiveBlockHead[]> {
  const heads = await activeBlocksOnRoster(db, visibleTo)
    .orderBy(ignoringCase(db, 'c.name'))
    .orderBy('c.id')
    .select(['b.id as blockId', 'c.id as clientId'])
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  const blockIds = heads.map((h) => h.blockId)
  const clientIds = heads.map((h) => h.clientId)
  const weekCount = sql<number>`(select count(*) from block_weeks w where w.block_id = b.id)`
  const [clients, blockRows, overrides] = await Promise.all([
    inChunks(clientIds, (ids) =>
      db.selectFrom('clients').selectAll().where('id', 'in', ids).execute(),
    ),
    inChunks(blockIds, (ids) =>
      db
        .selectFrom('blocks as b')
        .selectAll()
        .select(weekCount.as('week_count'))
        .where('b.id', 'in', ids)
        .execute(),
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
  const blockById = new Map(blockRows.map((row) => [row.id, row]))
  const overridesOf = groupBy(overrides, (o) => o.block_id)
  return heads.map(({ blockId, clientId }) => {
    const row = blockById.get(blockId)!
    return {
      client: clientById.get(clientId)!,
      block: { ...row, week_count: Number(row.week_count) },
      overrides: (overridesOf.get(blockId) ?? []).map(overrideFromRow),
    }
  })
}

/** listActiveBlockHeads with each block whole (weeks and sessions). */
export async function listActiveBlocks(
  db: Kysely<Database>,
  page: { offset: number; limit: number },
  visibleTo?: string,
): Promise<ActiveBlock[]> {
  const heads = await listActiveBlockHeads(db, page, visibleTo)
  const blocks = await blocksOfRows(
    db,
    heads.map((h) => h.block),
  )
  return heads.map(({ client, overrides }, i) => ({ client, block: blocks[i]!, overrides }))
}
