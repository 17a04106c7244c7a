import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/schema'
import type { ExerciseIndex } from '../../shared/exercises/exercise-index'
import type { Block } from '../../shared/schemas/block.schema'
import type { BlockChanges, BlockWrite } from '../../shared/schemas/block-write.schema'

/** What a write reads beside the block: the database (reads only), the library, new ids. */
export interface WriteEnv {
  db: Kysely<Database>
  library: ExerciseIndex
  newId(): string
}

/** A write as stored: the block after it, what changed, and the write that takes it back. */
export interface Written {
  after: Block
  changes: BlockChanges
  inverse: BlockWrite
}

/**
 * A write checked against the block as it is, nothing written yet: the first half, which a
 * preview stops at (it analyses `after`), and the second, `persist`, which the owner runs in its
 * transaction.
 */
export interface PreparedWrite {
  /** The block as the write will leave it. */
  after: Block
  persist(trx: Transaction<Database>, now: string): Promise<Written>
}

/** One kind of block write: checks it (throwing a DomainError on a bad one) and prepares it. */
export type PrepareWrite<W extends BlockWrite> = (
  before: Block,
  write: W,
  env: WriteEnv,
) => Promise<PreparedWrite>

/** Changes of a write that touches no session. */
export const noSessionChanges = (): BlockChanges => ({ inserted: [], updated: [], deletedIds: [] })
