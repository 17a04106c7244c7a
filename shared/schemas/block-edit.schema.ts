import { z } from 'zod'
import { BlockAnalysisSchema } from './analysis.schema'
import { BlockSessionSchema } from './block.schema'

/**
 * What a saved batch of session edits changed, and the block's analysis afterwards. The editor
 * merges it into the block it holds, so a one-cell edit on a 2,000-row block answers with one
 * session and the findings, not the whole block again (and in one round trip, not two).
 */
export const BlockEditSchema = z.strictObject({
  revision: z.number().int().min(1),
  updatedAt: z.string(),
  inserted: z.array(BlockSessionSchema),
  updated: z.array(BlockSessionSchema),
  deletedIds: z.array(z.string()),
  analysis: BlockAnalysisSchema,
})
export type BlockEdit = z.infer<typeof BlockEditSchema>
