import { z } from 'zod'
import { BlockAnalysisSchema, OverrideInputSchema } from './analysis.schema'
import {
  BLOCK_STATUSES,
  BlockSessionSchema,
  MAX_BLOCK_WEEKS,
  WeekSettingsSchema,
} from './block.schema'
import { IdSchema } from './common.schema'
import { ApplyPatchesInputSchema } from './patch.schema'

export const BlockWeeksSchema = z
  .array(WeekSettingsSchema)
  .min(1, { error: 'A block has at least one week' })
  .max(MAX_BLOCK_WEEKS, { error: `A block has at most ${MAX_BLOCK_WEEKS} weeks` })

const { rule, subject, reason } = OverrideInputSchema.shape

/**
 * Every kind of change to an existing block, each written by the one owner of block writes
 * (server/block-writes.ts): in one transaction, on the revision the editor saw, bumping it.
 */
export const BlockWriteSchema = z.discriminatedUnion('kind', [
  /** Session edits: cells, rows, paste, fill, balance, copy week, logging, templates, progressions. */
  z.strictObject({ kind: z.literal('patches'), patches: ApplyPatchesInputSchema.shape.patches }),
  z.strictObject({ kind: z.literal('status'), status: z.enum(BLOCK_STATUSES) }),
  z.strictObject({ kind: z.literal('weeks'), weeks: BlockWeeksSchema }),
  /** A coach's override of one finding with its reason; a null reason withdraws it. */
  z.strictObject({ kind: z.literal('override'), rule, subject, reason: reason.nullable() }),
])
export type BlockWrite = z.infer<typeof BlockWriteSchema>
export type BlockWriteKind = BlockWrite['kind']

/**
 * What a write changed, as the database now holds it: sessions inserted, updated (with those
 * the database detached when their lift was deleted) and deleted, and the block's own fields
 * that changed. The editor merges it into the block it holds (shared/plans/merge-block-edit.ts).
 */
export const BlockChangesSchema = z.strictObject({
  inserted: z.array(BlockSessionSchema),
  updated: z.array(BlockSessionSchema),
  deletedIds: z.array(z.string()),
  status: z.enum(BLOCK_STATUSES).optional(),
  weeks: z.array(WeekSettingsSchema).optional(),
  /** The override of one finding as it now is; a null reason: there is none. */
  override: z
    .strictObject({ rule: z.string(), subject: z.string(), reason: z.string().nullable() })
    .optional(),
})
export type BlockChanges = z.infer<typeof BlockChangesSchema>

export const BlockWriteInputSchema = z.strictObject({
  blockId: IdSchema,
  /** The revision the editor last saw; a different one means someone else saved in between. */
  revision: z.number().int().min(1),
  write: BlockWriteSchema,
})
export type BlockWriteInput = z.infer<typeof BlockWriteInputSchema>

/**
 * A saved write: the block's new revision, what changed, the write that takes it back (Undo
 * sends it as one more write, and the answer's inverse is the redo), and the analysis after it.
 */
export const BlockWriteResultSchema = z.strictObject({
  revision: z.number().int().min(1),
  updatedAt: z.string(),
  changes: BlockChangesSchema,
  inverse: BlockWriteSchema,
  analysis: BlockAnalysisSchema,
})
export type BlockWriteResult = z.infer<typeof BlockWriteResultSchema>
