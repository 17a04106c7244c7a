import type { Kysely, Transaction } from 'kysely'
import { bumpBlockRevision } from '../db/repositories/block.repository'
import type { Database } from '../db/schema'
import { DomainError } from '../shared/contract/result'
import type { Block } from '../shared/schemas/block.schema'
import type { BackendContext } from './context'

/** Another window or the command line saved the block after this editor read it. */
export const staleRevision = () =>
  new DomainError(
    'conflict',
    'This block was changed elsewhere (another window or the command line) since you opened it. Reload it to see the latest version; your edit was not saved.',
  )

/** What a block change wrote: the block as it now is (before the revision bump), and any result. */
export interface BlockChange<R> {
  after: Block
  result: R
}

/**
 * The one way a block is written. In one transaction: the block is read (from the snapshot cache
 * when unchanged), the revision the editor saw is checked, `change` writes, and the revision is
 * bumped by `UPDATE … WHERE revision = ?`, whose row count lets the database itself refuse a
 * write that raced another. Only once the transaction has committed is the block remembered as
 * this process's snapshot. Returns the block as saved (new revision) and `change`'s result.
 */
export async function mutateBlock<R>(
  ctx: Pick<BackendContext, 'db' | 'blocks' | 'now'>,
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
