import { z } from 'zod'
import { LIMITS } from './common.schema'

export const SeveritySchema = z.enum(['info', 'warn', 'critical'])

/** A coach's decision to accept a finding, with the reason (docs/engine-rules.md §7). */
export const OverrideSchema = z.strictObject({
  rule: z.string(),
  subject: z.string(),
  reason: z.string(),
  createdAt: z.string(),
})
export type Override = z.infer<typeof OverrideSchema>

/** One problem the engine found (docs/plan-format.md "The analysis"; docs/engine-rules.md §7). */
export const EngineFindingSchema = z.strictObject({
  rule: z.string(),
  severity: SeveritySchema,
  /** Week of the block (0 for a single week); for a pair, the week of the later session. */
  week: z.number().int(),
  /** Weekday 0–6 the finding is about, or null for a week-level finding. */
  day: z.number().int().nullable(),
  sessions: z.array(z.string()),
  /** For a finding about one exercise line (PRG-05): its position in the session's lines. */
  line: z.number().int().min(0).optional(),
  message: z.string(),
  fix: z.string(),
  /** True when moving sessions (the balancer) can clear it (⟲ in docs/engine-rules.md §5). */
  placementDependent: z.boolean(),
  metrics: z.record(z.string(), z.number()).optional(),
})

/** A rule that could not run for lack of data, with what it needs (never a silent skip, §3.4). */
export const NotEvaluatedSchema = z.strictObject({
  rule: z.string(),
  reason: z.string(),
  week: z.number().int(),
})

/** One plan day: its day stress (§3.3), class and load (§4.1). */
export const DaySummarySchema = z.strictObject({
  week: z.number().int(),
  day: z.number().int(),
  stress: z.number(),
  class: z.enum(['high', 'low', 'rest']),
  load: z.number(),
})

/** One plan week's load metrics (§4); null where the data do not define one. */
export const WeekSummarySchema = z.strictObject({
  week: z.number().int(),
  load: z.number(),
  monotony: z.number().nullable(),
  strain: z.number().nullable(),
  acwr: z.number().nullable(),
  tsb: z.number().nullable(),
  highDays: z.number().int(),
})

/** docs/plan-format.md "The analysis": what `analyze` returns for a plan. */
export const AnalysisSchema = z.strictObject({
  findings: z.array(EngineFindingSchema),
  notEvaluated: z.array(NotEvaluatedSchema),
  days: z.array(DaySummarySchema),
  weeks: z.array(WeekSummarySchema),
})

export const FindingSchema = EngineFindingSchema.extend({
  /** Stable key of what the finding is about; overrides are stored against it. */
  subject: z.string(),
  override: OverrideSchema.nullable(),
})
export type FindingView = z.infer<typeof FindingSchema>

/** docs/plan-format.md "The analysis", with each finding's override attached. */
export const BlockAnalysisSchema = AnalysisSchema.extend({ findings: z.array(FindingSchema) })
export type BlockAnalysis = z.infer<typeof BlockAnalysisSchema>

export const OverrideInputSchema = z.strictObject({
  blockId: z.string().min(1).max(LIMITS.idChars),
  rule: z.string().regex(/^[A-Z]{3}-\d{2}$/, { error: 'rule must look like INT-01' }),
  subject: z.string().min(1).max(2000),
  reason: z
    .string()
    .trim()
    .min(1, { error: 'Give a reason for the override' })
    .max(LIMITS.shortTextChars, {
      error: `The reason must be at most ${LIMITS.shortTextChars} characters`,
    }),
})

/**
 * The subject key of a finding: rule scope, week, day and the sessions it names, and the line
 * for a finding about one exercise line (two lines of one session are two subjects).
 */
export function findingSubject(f: {
  week: number
  day: number | null
  sessions: readonly string[]
  line?: number | undefined
}): string {
  // Most findings name one session; only a longer list needs a sorted copy.
  const ids = f.sessions.length < 2 ? f.sessions : [...f.sessions].sort()
  const subject = `w${f.week}:${f.day === null ? 'week' : `d${f.day}`}:${ids.join(',')}`
  return f.line === undefined ? subject : `${subject}:line${f.line}`
}
