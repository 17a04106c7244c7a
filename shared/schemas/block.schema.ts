import { z } from 'zod'
import { IdSchema, IsoDateSchema, LIMITS, singleLineText } from './common.schema'
import { SessionFieldsSchema, requireRegionOrLines } from './session.schema'

/** docs/engine-rules.md §2.1 `phase`. */
export const PHASES = [
  'base',
  'build',
  'accumulation',
  'transmutation',
  'peak',
  'realization',
  'taper',
  'deload',
  'maintenance',
] as const
export const PhaseSchema = z.enum(PHASES)
export type Phase = z.infer<typeof PhaseSchema>

export const BLOCK_STATUSES = ['draft', 'active', 'done'] as const
export const BlockStatusSchema = z.enum(BLOCK_STATUSES)
export type BlockStatus = z.infer<typeof BlockStatusSchema>

export const MAX_BLOCK_WEEKS = 52

/** A week of a block, counted from 0. */
export const WeekIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(MAX_BLOCK_WEEKS - 1)

/** A session's place among its day's rows; bounded so a pasted number cannot push a row out of reach. */
export const SortOrderSchema = z.number().int().min(-1e6).max(1e6)

export const WeekSettingsSchema = z.strictObject({
  phase: PhaseSchema,
  deload: z.boolean().default(false),
})
export type WeekSettings = z.infer<typeof WeekSettingsSchema>

/** True when an ISO date (YYYY-MM-DD) falls on a Monday. */
export function isMonday(isoDate: string): boolean {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay() === 1
}

export const MondaySchema = IsoDateSchema.refine(isMonday, {
  error: (issue) => `a block starts on a Monday; ${String(issue.input)} is not a Monday`,
})

/** A session as stored in a block: its week, its place in the sheet, and a database id. */
export const BlockSessionSchema = SessionFieldsSchema.extend({
  id: IdSchema,
  weekIndex: WeekIndexSchema,
  sortOrder: z.number().int(),
}).superRefine(requireRegionOrLines)
export type BlockSession = z.infer<typeof BlockSessionSchema>

export const BlockSchema = z.strictObject({
  id: IdSchema,
  clientId: IdSchema,
  name: singleLineText('Block name', LIMITS.nameChars).min(1, { error: 'Block name is required' }),
  startDate: MondaySchema,
  status: BlockStatusSchema,
  weeks: z.array(WeekSettingsSchema).min(1).max(MAX_BLOCK_WEEKS),
  sessions: z.array(BlockSessionSchema),
  revision: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Block = z.infer<typeof BlockSchema>

export const BlockSummarySchema = z.strictObject({
  id: IdSchema,
  clientId: IdSchema,
  name: z.string(),
  startDate: z.string(),
  status: BlockStatusSchema,
  weekCount: z.number().int(),
  sessionCount: z.number().int(),
  updatedAt: z.string(),
})
export type BlockSummary = z.infer<typeof BlockSummarySchema>
