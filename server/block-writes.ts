import type { Kysely, Transaction } from 'kysely'
import { bumpBlockRevision, findBlock, insertBlock } from '../db/repositories/block.repository'
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

/** What a block write may use. */
export type WriteContext = Pick<BackendContext, 'db' | 'blocks' | 'now' | 'newId' | 'kept'> & {
  /**
   * Who makes the write: a coach account once the team server has them. The owner is the one
   * place every block change passes, so that is where it is recorded as "changed by".
   */
  actor?: string | undefined
}

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
 */
export async function mutateBlock<R>(
  ctx: Pick<WriteContext, 'db' | 'blocks' | 'now'>,
  blockId: string,
  revision: number,
  change: (trx: Transaction<Database>, block: Block, now: string) => Promise<BlockChange<R>>,
): Promise<{ block: Block; result: R }> {
  const now = ctx.now().toISOString()
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const block = await readBlock(trx, ctx, blockId)
    if (block.revision !== revision) throw staleRevision()
    const { after, result } = await change(trx, block, now)
    if (!(await bumpBlockRevision(trx, blockId, revision, now))) throw staleRevision()
    return { block: { ...after, revision: revision + 1, updatedAt: now }, result }
  })
  ctx.blocks.remember(saved.block)
  return saved
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
  ctx: Pick<WriteContext, 'db' | 'blocks' | 'newId' | 'kept'>,
  { blockId, revision, write }: BlockWriteInput,
): Promise<BlockAnalysis> {
  const before = await readBlock(ctx.db, ctx, blockId)
  if (before.revision !== revision) throw staleRevision()
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
