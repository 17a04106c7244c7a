import { z } from 'zod'
import { MondaySchema, PhaseSchema } from './block.schema'
import { ClientProfileSchema, InjuryRegionSchema } from './client.schema'
import { PlanSessionSchema } from './session.schema'
import { attachmentLoop, loopWords } from '../plans/attachments'

const MAX_SESSIONS_PER_WEEK = 200
const MAX_HISTORY_DAYS = 3660
const MAX_HISTORY_WEEKS = 520

const nonNegative = z.number().min(0).max(1e7)

/** Everything before the plan's first Monday (docs/plan-format.md `history`). */
export const HistorySchema = z.strictObject({
  dailyLoad: z.array(nonNegative).max(MAX_HISTORY_DAYS).optional(),
  weeklyLoad: z.array(nonNegative).max(MAX_HISTORY_WEEKS).optional(),
  weeklyDeload: z.array(z.boolean()).max(MAX_HISTORY_WEEKS).optional(),
  runMinutesByWeek: z.array(nonNegative).max(MAX_HISTORY_WEEKS).optional(),
  lastWeekEnduranceMin: nonNegative.optional(),
  daysSinceEnduranceIncrease: z.number().min(0).max(10000).optional(),
  liftTrend14dPct: z.number().min(-100).max(1000).optional(),
  medianRunMin: z.number().min(0).max(1440).optional(),
  lastLoads: z
    .record(
      z.string().max(200),
      z.strictObject({
        reps: z.number().int().min(1).max(100),
        loadKg: z.number().min(0).max(1000),
      }),
    )
    .optional(),
  weeklyStrain: z.array(nonNegative).max(MAX_HISTORY_WEEKS).optional(),
})
export type History = z.infer<typeof HistorySchema>

/** The morning of the plan's Monday (docs/plan-format.md `readiness`). */
export const ReadinessSchema = z.strictObject({
  sleepLast3H: z.array(z.number().min(0).max(24)).max(3).optional(),
  hrvBaseline: z
    .strictObject({ mean: z.number(), sd: z.number().min(0), n: z.number().int().min(0) })
    .optional(),
  hrvLast7: z.array(z.number()).max(7).optional(),
  sorenessLower: z.number().min(0).max(10).optional(),
  fatigue: z.number().min(0).max(10).optional(),
  mood: z.number().min(1).max(5).optional(),
  e1rmChange14dPct: z.number().min(-100).max(1000).optional(),
  painRegions: z.array(InjuryRegionSchema).max(3).optional(),
  illness: z.boolean().optional(),
  proteinGPerKgDay: z.number().min(0).max(10).optional(),
})
export type Readiness = z.infer<typeof ReadinessSchema>

export const WeekMetaSchema = z.strictObject({
  phase: PhaseSchema,
  deload: z.boolean().default(false),
})

function uniqueSessionIds(
  sessions: { id: string }[],
  ctx: z.RefinementCtx,
  prefix: (number | string)[],
) {
  const seen = new Map<string, number>()
  sessions.forEach((session, index) => {
    const first = seen.get(session.id)
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...prefix, index, 'id'],
        message: `session id "${session.id}" is used twice (first at ${[...prefix, first].join('.')})`,
      })
    } else seen.set(session.id, index)
  })
}

function attachmentsResolve(
  sessions: { id: string; attachedTo: string | null }[],
  ctx: z.RefinementCtx,
  prefix: (number | string)[],
) {
  const ids = new Set(sessions.map((s) => s.id))
  sessions.forEach((session, index) => {
    if (session.attachedTo !== null && !ids.has(session.attachedTo)) {
      ctx.addIssue({
        code: 'custom',
        path: [...prefix, index, 'attachedTo'],
        message: `attachedTo names "${session.attachedTo}", which is not a session of this plan`,
      })
    }
  })
  refuseLoop(sessions, ctx, (i) => [...prefix, i, 'attachedTo'])
}

/** A loop of attachments (a → b → a) has no first session: refused at the first session in it. */
function refuseLoop(
  sessions: { id: string; attachedTo: string | null }[],
  ctx: z.RefinementCtx,
  pathOf: (index: number) => (number | string)[],
) {
  const loop = attachmentLoop(sessions)
  if (!loop) return
  ctx.addIssue({
    code: 'custom',
    path: pathOf(sessions.findIndex((s) => s.id === loop[0])),
    message: `attachments go round in a loop (${loopWords(loop)})`,
  })
}

const SessionListSchema = z.array(PlanSessionSchema).max(MAX_SESSIONS_PER_WEEK)

/** `blockwise-week@1`: one plan week. */
export const WeekPlanSchema = z
  .strictObject({
    format: z.literal('blockwise-week@1'),
    client: ClientProfileSchema,
    week: WeekMetaSchema,
    sessions: SessionListSchema,
    history: HistorySchema.optional(),
    readiness: ReadinessSchema.optional(),
  })
  .superRefine((plan, ctx) => {
    uniqueSessionIds(plan.sessions, ctx, ['sessions'])
    attachmentsResolve(plan.sessions, ctx, ['sessions'])
  })
export type WeekPlan = z.infer<typeof WeekPlanSchema>

export const BlockWeekSchema = WeekMetaSchema.extend({
  sessions: SessionListSchema,
  /** v1.1: the morning of this week's Monday; the block's `readiness` is week 1's. */
  readiness: ReadinessSchema.optional(),
})

/** `blockwise-block@1`: consecutive weeks from a Monday; session ids unique across the block. */
export const BlockPlanSchema = z
  .strictObject({
    format: z.literal('blockwise-block@1'),
    client: ClientProfileSchema,
    startDate: MondaySchema,
    weeks: z.array(BlockWeekSchema).min(1).max(104),
    history: HistorySchema.optional(),
    readiness: ReadinessSchema.optional(),
  })
  .superRefine((plan, ctx) => {
    const all = plan.weeks.flatMap((week, w) =>
      week.sessions.map((s, i) => ({ ...s, path: [w, i] })),
    )
    const seen = new Map<string, (string | number)[]>()
    for (const s of all) {
      const first = seen.get(s.id)
      const path = ['weeks', s.path[0]!, 'sessions', s.path[1]!, 'id']
      if (first)
        ctx.addIssue({
          code: 'custom',
          path,
          message: `session id "${s.id}" is used twice (first at ${first.join('.')})`,
        })
      else seen.set(s.id, path.slice(0, -1))
    }
    const ids = new Set(all.map((s) => s.id))
    for (const s of all) {
      if (s.attachedTo !== null && !ids.has(s.attachedTo)) {
        ctx.addIssue({
          code: 'custom',
          path: ['weeks', s.path[0]!, 'sessions', s.path[1]!, 'attachedTo'],
          message: `attachedTo names "${s.attachedTo}", which is not a session of this plan`,
        })
      }
    }
    refuseLoop(all, ctx, (i) => [
      'weeks',
      all[i]!.path[0]!,
      'sessions',
      all[i]!.path[1]!,
      'attachedTo',
    ])
  })
export type BlockPlan = z.infer<typeof BlockPlanSchema>

/** Either plan format, told apart by `format`. */
export const PlanSchema = z.union([WeekPlanSchema, BlockPlanSchema])
export type Plan = WeekPlan | BlockPlan
