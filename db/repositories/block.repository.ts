import type { Kysely, Selectable } from 'kysely'
import type {
  Block,
  BlockStatus,
  BlockSummary,
  WeekSettings,
} from '../../shared/schemas/block.schema'
import type { BlocksTable, Database } from '../schema'
import { dialectOf } from '../dialect'
import { fromFlag, toFlag } from './sql-values'
import { listSessionsOfBlock } from './session-reader'
import { findRow } from './rows-by-key'

export interface NewBlock {
  id: string
  clientId: string
  name: string
  startDate: string
  status: BlockStatus
  weeks: WeekSettings[]
  now: string
}

/** Inserts a block and its weeks; run inside a transaction so they land together. */
export async function insertBlock(db: Kysely<Database>, block: NewBlock): Promise<void> {
  await db
    .insertInto('blocks')
    .values({
      id: block.id,
      client_id: block.clientId,
      name: block.name,
      start_date: block.startDate,
      status: block.status,
      created_at: block.now,
      updated_at: block.now,
    })
    .execute()
  await db
    .insertInto('block_weeks')
    .values(
      block.weeks.map((week, index) => ({
        block_id: block.id,
        week_index: index,
        phase: week.phase,
        deload: toFlag(week.deload),
      })),
    )
    .execute()
}

/**
 * Sets the weeks of a block in place: existing weeks are updated (never deleted and re-inserted,
 * which would cascade to their sessions), new ones appended, surplus ones removed from the end.
 * The caller checks that removed weeks hold no sessions and bumps the revision.
 */
export async function setBlockWeeks(
  db: Kysely<Database>,
  id: string,
  before: number,
  weeks: readonly WeekSettings[],
): Promise<void> {
  for (const [index, week] of weeks.entries()) {
    const row = { phase: week.phase, deload: toFlag(week.deload) }
    if (index < before) {
      await db
        .updateTable('block_weeks')
        .set(row)
        .where('block_id', '=', id)
        .where('week_index', '=', index)
        .execute()
    } else {
      await db
        .insertInto('block_weeks')
        .values({ block_id: id, week_index: index, ...row })
        .execute()
    }
  }
  if (weeks.length < before) {
    await db
      .deleteFrom('block_weeks')
      .where('block_id', '=', id)
      .where('week_index', '>=', weeks.length)
      .execute()
  }
}

/** Sets a block's status; the caller checks the one-active-block rule and bumps the revision. */
export async function setBlockStatus(
  db: Kysely<Database>,
  id: string,
  status: BlockStatus,
): Promise<void> {
  await db.updateTable('blocks').set({ status }).where('id', '=', id).execute()
}

export async function findBlock(db: Kysely<Database>, id: string): Promise<Block | undefined> {
  const row = await findRow(db, 'blocks', { id })
  if (!row) return undefined
  const weeks = await db
    .selectFrom('block_weeks')
    .select(['phase', 'deload'])
    .where('block_id', '=', id)
    .orderBy('week_index')
    .execute()
  return {
    ...blockHeader(row),
    weeks: weeks.map((w) => ({
      phase: w.phase,
      deload: fromFlag(w.deload),
    })),
    sessions: await listSessionsOfBlock(db, id),
  }
}

export function blockHeader(row: Selectable<BlocksTable>) {
  return {
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    startDate: row.start_date,
    status: row.status,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function listBlocksOfClient(
  db: Kysely<Database>,
  clientId: string,
): Promise<BlockSummary[]> {
  const rows = await db
    .selectFrom('blocks as b')
    .selectAll('b')
    .select((eb) => [
      eb
        .selectFrom('block_weeks as w')
        .whereRef('w.block_id', '=', 'b.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('week_count'),
      eb
        .selectFrom('sessions as s')
        .whereRef('s.block_id', '=', 'b.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('session_count'),
    ])
    .where('b.client_id', '=', clientId)
    .orderBy('b.start_date', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    startDate: row.start_date,
    status: row.status,
    weekCount: Number(row.week_count),
    sessionCount: Number(row.session_count),
    updatedAt: row.updated_at,
  }))
}

/**
 * Takes a block's row lock for the rest of the transaction on PostgreSQL, so saves of one block
 * by several coaches run one after another and each sees the revision the last one left. SQLite's
 * write transactions already take the whole database's lock when they begin (BEGIN IMMEDIATE).
 */
export async function lockBlockForWrite(db: Kysely<Database>, id: string): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await db.selectFrom('blocks').select('id').where('id', '=', id).forUpdate().execute()
  }
}

/**
 * Marks a block as edited: bumps its revision only if it is still `expected`. Returns false when
 * another window or the command line saved first, so the caller can refuse instead of overwriting.
 */
export async function bumpBlockRevision(
  db: Kysely<Database>,
  id: string,
  expected: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('blocks')
    .set({ revision: expected + 1, updated_at: now })
    .where('id', '=', id)
    .where('revision', '=', expected)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/**
 * Blocks as this process last read or saved them, reused while the stored revision and update
 * time still match. Reading a 2,000-session block costs tens of milliseconds, more than the
 * whole budget of one edit; checking the block's header row costs almost nothing. Every write to
 * a block, its weeks or its sessions bumps the revision (see bumpBlockRevision), so another
 * window or the command line saving in between makes the next read go to the database.
 */
export class BlockSnapshots {
  private readonly byId = new Map<string, Block>()

  constructor(private readonly capacity = 8) {}

  async read(db: Kysely<Database>, id: string): Promise<Block | undefined> {
    const head = await db
      .selectFrom('blocks')
      .select(['revision', 'updated_at'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!head) return undefined
    const known = this.byId.get(id)
    if (known?.revision === head.revision && known.updatedAt === head.updated_at) {
      this.remember(known)
      return known
    }
    const block = await findBlock(db, id)
    if (block) this.remember(block)
    return block
  }

  /** Keeps a block as committed; call only once its transaction has committed. */
  remember(block: Block): void {
    this.byId.delete(block.id)
    this.byId.set(block.id, block)
    if (this.byId.size > this.capacity) this.byId.delete(this.byId.keys().next().value!)
  }
}
