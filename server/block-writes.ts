import type { Kysely, Transaction } from 'kysely'
import {
  bumpBlockRevision,
  findBlock,
  insertBlock,
  lockBlockForWrite,
} from '../db/repositories/block.repository'
import { lastChangeOfBlock } from '../db/repositories/change-log.repository'
import type { NewBlock } from '../db/repositories/block.repository'
import { insertSessions } from '../db/repositories/session.repository'
import type { Database } from '../db/schema'
import { DomainError } from '../shared/contract/result'
import type { BlockAnalysis } from '../shared/schemas/analysis.schema'
import type { Block, BlockSession } from '../shared/schemas/block.schema'
import type { BlockWriteInput, BlockWriteResult } from '../shared/schemas/block-write.schema'
import type { Client } from '../shared/schemas/client.schema'
import { assertNoActiveBlock } from './active-block'
import { readLibrary } from './analysis/analysis-inputs'
import { analysisWithOverrides, planOfBlock } from './block-analysis'
import type { BackendContext } from './context'
import { prepareWrite } from './writes'

/** Another window or the command line saved the block after this editor read it. */
export const staleRevision = () =>
  new DomainError(
    'conflict',
    'This block was changed elsewhere (another window or the command line) since you opened it. Reload it to see the latest version; your edit was not saved.',
  )

/**
 * The conflict of a team database names who saved first, from the change log: "Ana saved this
 * block after you opened it." The page shows when, in the coach's own time (blocks.lastChange).
 */
export async function staleRevisionOf(
  ctx: Pick<BackendContext, 'db' | 'coach' | 'changes'>,
  blockId: string,
): Promise<DomainError> {
  if (!ctx.changes) return staleRevision()
  const last = await lastChangeOfBlock(ctx.db, blockId)
  if (!last) return staleRevision()
  const who =
    ctx.coach && last.coach_id === ctx.coach.id
      ? 'You saved this block in another window'
      : `${last.coach_name.charAt(0).toUpperCase()}${last.coach_name.slice(1)} saved this block`
  return new DomainError(
    'conflict',
    `${who} after you opened it. Reload it to see the latest version; your edit was not saved.`,
  )
}

/**
 * What a block write may use. On a team database, `coach` is who makes it and `changes` where
 * it is recorded as "changed by": the owner is the one place every block change passes.
 */
export type WriteContext = Pick<
  BackendContext,
  'db' | 'blocks' | 'now' | 'newId' | 'kept' | 'changes' | 'coach'
>

/** What a block change wrote: the block as it now is (before the revision bump), and any result. */
export interface BlockChange<R> {
  after: Block
  result: R
}

/**
 * The transaction every block write runs in. The block is read (from the snapshot cache when
 * unchanged), the revision the editor saw is checked, `change` writes, and the revision is bumped
 * by `UPDATE … WHERE revision = ?`, whose row count lets the database itself refuse a write that
 * raced another. Only once the transaction has committed is the block remembered as this
 * process's snapshot. Returns the block as saved (new revision) and `change`'s result.
 *
 * On a team database the block's row is locked first, so two coaches' saves of one block queue
 * rather than interleave (PostgreSQL's row writes would otherwise deadlock or both read the old
 * revision), and the change is recorded with the revision it made, in the same transaction.
 */
export async function mutateBlock<R>(
  ctx: Pick<WriteContext, 'db' | 'blocks' | 'now' | 'changes' | 'coach'>,
  blockId: string,
  revision: number,
  change: (trx: Transaction<Database>, block: Block, now: string) => Promise<BlockChange<R>>,
): Promise<{ block: Block; result: R }> {
  const now = ctx.now().toISOString()
  let stale = false
  const refuse = () => {
    stale = true
    return staleRevision()
  }
  try {
    const saved = await ctx.db.transaction().execute(async (trx) => {
      await lockBlockForWrite(trx, blockId)
      const block = await readBlock(trx, ctx, blockId)
      if (block.revision !== revision) throw refuse()
      const { after, result } = await change(trx, block, now)
      if (!(await bumpBlockRevision(trx, blockId, revision, now))) throw refuse()
      await ctx.changes?.record(trx, { clientId: block.clientId, blockId, revision: revision + 1 })
      return { block: { ...after, revision: revision + 1, updatedAt: now }, result }
    })
    ctx.blocks.remember(saved.block)
    return saved
  } catch (error) {
    // Who saved first is read after the refused transaction has rolled back.
    if (stale) throw await staleRevisionOf(ctx, blockId)
    throw error
  }
}

/**
 * The one owner of changes to an existing block (every kind is registered in server/writes):
 * checks the write against the block at the revision the editor saw, writes it and bumps the
 * revision in one transaction, and answers with what changed, the write that takes it back, and
 * the analysis after it (read in the same transaction, so the editor needs no second call).
 */
export async function writeBlock(
  ctx: WriteContext,
  { blockId, revision, write }: BlockWriteInput,
): Promise<BlockWriteResult & { block: Block }> {
  const { block, result } = await mutateBlock(ctx, blockId, revision, async (trx, before, now) => {
    const library = await readLibrary(trx)
    const prepared = await prepareWrite(before, write, {
      db: trx,
      library: library.index,
      newId: ctx.newId,
    })
    const written = await prepared.persist(trx, now)
    const plan = await planOfBlock({ db: trx, kept: ctx.kept }, written.after, { library })
    return { after: written.after, result: { ...written, plan } }
  })
  return {
    block,
    revision: block.revision,
    updatedAt: block.updatedAt,
    changes: result.changes,
    inverse: result.inverse,
    analysis: analysisWithOverrides(result.plan),
  }
}

/**
 * The analysis a write would give the block, writing nothing: the write's first half (the same
 * checks), then the block it would leave analysed (a progression's or a template's preview).
 */
export async function previewWrite(
  ctx: Pick<WriteContext, 'db' | 'blocks' | 'newId' | 'kept' | 'changes' | 'coach'>,
  { blockId, revision, write }: BlockWriteInput,
): Promise<BlockAnalysis> {
  const before = await readBlock(ctx.db, ctx, blockId)
  if (before.revision !== revision) throw await staleRevisionOf(ctx, blockId)
  const library = await readLibrary(ctx.db)
  const { after } = await prepareWrite(before, write, {
    db: ctx.db,
    library: library.index,
    newId: ctx.newId,
  })
  return analysisWithOverrides(await planOfBlock(ctx, after, { library }))
}

/**
 * A new block with its weeks and sessions, at revision 1, in the caller's transaction (an import
 * may add the client in the same one): the one place a block is born. A block made active must be
 * the client's only active one.
 */
export async function createBlock(
  trx: Kysely<Database>,
  client: Client,
  block: Omit<NewBlock, 'clientId'> & { sessions: readonly BlockSession[] },
): Promise<Block> {
  if (block.status === 'active') await assertNoActiveBlock(trx, client)
  await insertBlock(trx, { ...block, clientId: client.id })
  await insertSessions(trx, block.id, block.sessions, block.now)
  return (await findBlock(trx, block.id))!
}

/** A block by id, or not_found. */
export async function readBlock(
  db: Kysely<Database>,
  ctx: Pick<BackendContext, 'blocks'>,
  id: string,
): Promise<Block> {
  const block = await ctx.blocks.read(db, id)
  if (!block) throw new DomainError('not_found', `No block with id ${id}.`)
  return block
}
