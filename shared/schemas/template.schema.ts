import { z } from 'zod'
import {
  BlockSessionSchema,
  MAX_BLOCK_WEEKS,
  MondaySchema,
  WeekSettingsSchema,
} from './block.schema'
import { BlockAnalysisSchema } from './analysis.schema'
import { IdSchema, LIMITS, notesText, singleLineText } from './common.schema'
import { RunTypeSchema } from './session.schema'

const WeekNumberSchema = z.number().int().min(1).max(MAX_BLOCK_WEEKS)

/** Weeks `from`–`to` (1-based, inclusive) of a block or template. */
export const WeekRangeSchema = z
  .strictObject({ from: WeekNumberSchema, to: WeekNumberSchema })
  .refine((r) => r.from <= r.to, { error: 'the first week comes before the last', path: ['to'] })
export type WeekRange = z.infer<typeof WeekRangeSchema>

const LiftNamesSchema = z
  .array(singleLineText('Lift', LIMITS.shortTextChars).min(1))
  .min(1, { error: 'name at least one lift' })
  .max(LIMITS.listItems)

/**
 * How a prescription moves week to week (docs/engine-rules.md has no say in it; the coach does).
 * Each kind starts from what `weeks.from` prescribes and writes the weeks after it, up to
 * `weeks.to`. Lines are matched by lift (library name or alias) on the same weekday.
 */
export const ProgressionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('linear'),
    lifts: LiftNamesSchema,
    weeks: WeekRangeSchema,
    /** Added each week: a load in the client's unit, or %1RM points. */
    step: z.number().min(-50).max(50),
    unit: z.enum(['load', 'pct']),
  }),
  z.strictObject({
    kind: z.literal('wave'),
    lifts: LiftNamesSchema,
    weeks: WeekRangeSchema,
    /** %1RM of each week of the wave, repeated (70/75/80). */
    pcts: z.array(z.number().min(30).max(110)).min(1).max(12),
    /** %1RM of a deload week inside the range (60). */
    deloadPct: z.number().min(30).max(110).optional(),
  }),
  z.strictObject({
    kind: z.literal('double'),
    lifts: LiftNamesSchema,
    weeks: WeekRangeSchema,
    /** Load added (client's unit) when the reps reach the top of their range. */
    step: z.number().min(0).max(50),
  }),
  z.strictObject({
    kind: z.literal('run_volume'),
    /** Runs of these types; all runs when absent. */
    runTypes: z.array(RunTypeSchema).max(20).optional(),
    weeks: WeekRangeSchema,
    /** Minutes (and distance) grow by this % a week, compounded. */
    pctPerWeek: z.number().min(-50).max(50),
  }),
])
export type Progression = z.infer<typeof ProgressionSchema>

/** What a deload week does to the week it scales (defaults: volume −40 %, intensity −10 %). */
export const DeloadScalingSchema = z.strictObject({
  volumePct: z.number().min(0).max(90).default(40),
  intensityPct: z.number().min(0).max(50).default(10),
})
export type DeloadScaling = z.infer<typeof DeloadScalingSchema>
export const DEFAULT_DELOAD: DeloadScaling = { volumePct: 40, intensityPct: 10 }

export const TemplateNameSchema = singleLineText('Template name', LIMITS.nameChars).min(1, {
  error: 'Template name is required',
})
const TagsSchema = z
  .array(singleLineText('Tag', 40).min(1))
  .max(20)
  .transform((tags) => [...new Set(tags.map((t) => t.trim().toLowerCase()))].filter(Boolean))

/** A block kept to be fitted to any client: weeks, sessions and lines as written, and how it progresses. */
export const TemplateSchema = z.strictObject({
  id: IdSchema,
  name: TemplateNameSchema,
  description: notesText('Description'),
  tags: z.array(z.string()),
  weeks: z.array(WeekSettingsSchema).min(1).max(MAX_BLOCK_WEEKS),
  /** Sessions with ids of their own (attachments point at them) and 0-based weeks. */
  sessions: z.array(BlockSessionSchema).max(2000),
  progressions: z.array(ProgressionSchema).max(20),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Template = z.infer<typeof TemplateSchema>

export const TemplateSummarySchema = TemplateSchema.omit({ sessions: true }).extend({
  sessionCount: z.number().int(),
  lineCount: z.number().int(),
})
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>

export const SaveTemplateInputSchema = z.strictObject({
  blockId: IdSchema,
  /** Only these weeks; the whole block when absent. */
  weeks: WeekRangeSchema.optional(),
  name: TemplateNameSchema,
  description: notesText('Description').default(''),
  tags: TagsSchema.default([]),
  progressions: z.array(ProgressionSchema).max(20).default([]),
})

export const UpdateTemplateInputSchema = z.strictObject({
  id: IdSchema,
  name: TemplateNameSchema.optional(),
  description: notesText('Description').optional(),
  tags: TagsSchema.optional(),
  progressions: z.array(ProgressionSchema).max(20).optional(),
})

/** A template fitted to a client: from which Monday, and which of its weeks. */
export const ApplyTemplateInputSchema = z.strictObject({
  templateId: IdSchema,
  clientId: IdSchema,
  startDate: MondaySchema,
  weeks: WeekRangeSchema.optional(),
  /** The new block's name; the template's when absent. */
  name: singleLineText('Block name', LIMITS.nameChars).min(1).optional(),
  activate: z.boolean().default(false),
})

/** A template fitted to a client, or to a typical client, to look at before applying it. */
export const PreviewTemplateInputSchema = z.strictObject({
  templateId: IdSchema,
  clientId: IdSchema.optional(),
  startDate: MondaySchema,
  weeks: WeekRangeSchema.optional(),
})

export const TemplatePreviewSchema = z.strictObject({
  clientName: z.string(),
  weeks: z.array(WeekSettingsSchema),
  sessions: z.array(BlockSessionSchema),
  /** The main lifts as this client would load them, week by week ("77.5 kg"; null: no load). */
  loads: z.array(z.strictObject({ lift: z.string(), weeks: z.array(z.string().nullable()) })),
  analysis: BlockAnalysisSchema,
})
export type TemplatePreview = z.infer<typeof TemplatePreviewSchema>
