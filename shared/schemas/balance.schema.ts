import { z } from 'zod'
import { EngineFindingSchema, FindingSchema } from './analysis.schema'

/** Where a session sits: its day (0 = Monday) and start time. */
const SlotSchema = z.strictObject({ day: z.number().int(), start: z.string() })

/** One session moved by the balancer (docs/engine-rules.md §6), with its attachments. */
export const MoveSchema = z.strictObject({
  sessionId: z.string(),
  week: z.number().int(),
  from: SlotSchema,
  to: SlotSchema,
})
export type Move = z.infer<typeof MoveSchema>

/** A content change the coach may approve; the balancer itself never changes content (§6.2). */
export const ContentSuggestionSchema = z.strictObject({
  rank: z.number().int(),
  /** The rule whose finding it answers (§6.6: every suggestion names one). */
  rule: z.string(),
  sessions: z.array(z.string()),
  text: z.string(),
})
export type ContentSuggestion = z.infer<typeof ContentSuggestionSchema>

const proposalFields = {
  status: z.enum(['no_change', 'proposal', 'infeasible']),
  moves: z.array(MoveSchema),
  objective: z.strictObject({ before: z.number(), after: z.number() }),
  suggestions: z.array(ContentSuggestionSchema),
}

/** The balancer's answer as the engine gives it (its findings before and after the moves). */
export const EngineProposalSchema = z.strictObject({
  ...proposalFields,
  before: z.array(EngineFindingSchema),
  after: z.array(EngineFindingSchema),
})

/** The balancer's answer as the app shows it: findings with the coach's overrides beside them. */
export const BalanceProposalSchema = z.strictObject({
  ...proposalFields,
  before: z.array(FindingSchema),
  after: z.array(FindingSchema),
})
export type BalanceProposal = z.infer<typeof BalanceProposalSchema>
