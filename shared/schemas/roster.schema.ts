import { z } from 'zod'
import { FindingSchema } from './analysis.schema'

/** A block the roster check looked at, and whose it is. */
export const RosterBlockSchema = z.strictObject({
  clientId: z.string(),
  clientName: z.string(),
  blockId: z.string(),
  blockName: z.string(),
})

/** One finding of the roster check: the block's finding with whose block it is. */
export const RosterFindingSchema = FindingSchema.extend(RosterBlockSchema.shape)
export type RosterFinding = z.infer<typeof RosterFindingSchema>

export const RosterCheckPageInputSchema = z.strictObject({
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
})

/** A page of the roster check: `total` active blocks in all, `checked` of them in this page. */
export const RosterCheckPageSchema = z.strictObject({
  total: z.number().int(),
  checked: z.array(RosterBlockSchema),
  findings: z.array(RosterFindingSchema),
})
export type RosterCheckPage = z.infer<typeof RosterCheckPageSchema>
