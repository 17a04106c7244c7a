import { z } from 'zod'
import { FindingSchema } from './analysis.schema'

/** One finding of the roster check: the block's finding with whose block it is. */
export const RosterFindingSchema = FindingSchema.extend({
  clientId: z.string(),
  clientName: z.string(),
  blockId: z.string(),
  blockName: z.string(),
})
export type RosterFinding = z.infer<typeof RosterFindingSchema>

export const RosterCheckPageInputSchema = z.strictObject({
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
})

/** A page of the roster check: `total` active blocks in all, `checked` of them in this page. */
export const RosterCheckPageSchema = z.strictObject({
  total: z.number().int(),
  checked: z.array(
    z.strictObject({
      clientId: z.string(),
      clientName: z.string(),
      blockId: z.string(),
      blockName: z.string(),
    }),
  ),
  findings: z.array(RosterFindingSchema),
})
export type RosterCheckPage = z.infer<typeof RosterCheckPageSchema>
