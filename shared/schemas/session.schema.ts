import { z } from 'zod'
import { LIMITS, TimeOfDaySchema, WeekdaySchema, notesText, singleLineText } from './common.schema'

export const MODALITIES = [
  'strength',
  'run',
  'cycle',
  'elliptical',
  'row',
  'swim',
  'walk',
  'mobility',
  'sport',
  'other',
] as const
export const ModalitySchema = z.enum(MODALITIES)
export type Modality = z.infer<typeof ModalitySchema>

export const STRENGTH_REGIONS = ['lower', 'upper', 'full', 'core'] as const
export const StrengthRegionSchema = z.enum(STRENGTH_REGIONS)

export const RUN_TYPES = [
  'recovery',
  'easy',
  'long',
  'tempo',
  'threshold',
  'intervals',
  'sprints',
  'hill_repeats',
  'race',
  'walk_run',
] as const
export const RunTypeSchema = z.enum(RUN_TYPES)
export type RunType = z.infer<typeof RunTypeSchema>

export const TERRAINS = ['flat', 'rolling', 'hilly', 'downhill', 'trail_hilly'] as const
export const PRIORITIES = ['key', 'normal', 'optional'] as const
export const SESSION_TAGS = ['rehab', 'test', 'race'] as const
export const SESSION_STATUSES = ['planned', 'completed', 'skipped'] as const

const crRpe = (label: string) =>
  z
    .number()
    .int({ error: `${label} is a whole number from 0 to 10` })
    .min(0, { error: `${label} is from 0 to 10` })
    .max(10, { error: `${label} is from 0 to 10` })

/** One exercise of a session's prescription (docs/plan-format.md `exercises`). */
export const ExerciseSchema = z.strictObject({
  name: singleLineText('Exercise name', LIMITS.shortTextChars).min(1, {
    error: 'Exercise name is required',
  }),
  sets: z.number().int().min(1).max(50).optional(),
  reps: z.number().int().min(1).max(100).optional(),
  loadKg: z.number().min(0).max(1000).optional(),
  pct1rm: z.number().min(1).max(110).optional(),
  rir: z.number().int().min(0).max(10).optional(),
})
export type Exercise = z.infer<typeof ExerciseSchema>

/**
 * The editable fields of a session, shared by the plan format and the database.
 * Everything a coach types about one training session; time and day place it in its week.
 */
export const SessionFieldsSchema = z.strictObject({
  day: WeekdaySchema,
  start: TimeOfDaySchema,
  durationMin: z
    .number()
    .int({ error: 'duration must be a whole number of minutes' })
    .min(1, { error: 'duration must be at least 1 minute' })
    .max(1440, { error: 'duration must be at most 1440 minutes (24 h)' }),
  modality: ModalitySchema,
  region: StrengthRegionSchema.optional(),
  topSetReps: z.number().int().min(1).max(100).optional(),
  pct1rm: z.number().min(1).max(110).optional(),
  toFailure: z.boolean().default(false),
  runType: RunTypeSchema.optional(),
  zone: z.number().int().min(1).max(5).optional(),
  rpe: crRpe('RPE').optional(),
  terrain: z.enum(TERRAINS).default('flat'),
  descentM: z.number().min(0).max(10000).optional(),
  eccentric: z.boolean().optional(),
  priority: z.enum(PRIORITIES).default('normal'),
  locked: z.boolean().default(false),
  attachedTo: z.string().max(LIMITS.idChars).nullable().default(null),
  tag: z.enum(SESSION_TAGS).nullable().default(null),
  distanceKm: z.number().min(0).max(1000).optional(),
  status: z.enum(SESSION_STATUSES).default('planned'),
  rpeActual: crRpe('Actual RPE').optional(),
  exercises: z.array(ExerciseSchema).max(LIMITS.listItems).optional(),
  notes: notesText('Notes').optional(),
})
export type SessionFields = z.infer<typeof SessionFieldsSchema>

/** A strength session must say which body region it loads (docs/engine-rules.md §3.4). */
export function requireRegionForStrength(
  session: { modality: Modality; region?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (session.modality === 'strength' && session.region === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['region'],
      message: 'a strength session needs a region (lower, upper, full or core)',
    })
  }
}

/** A session of the plan interchange format (docs/plan-format.md). */
export const PlanSessionSchema = SessionFieldsSchema.extend({
  id: z
    .string()
    .min(1, { error: 'id is required' })
    .max(LIMITS.idChars, { error: `id is longer than ${LIMITS.idChars} characters` }),
}).superRefine(requireRegionForStrength)
export type PlanSession = z.infer<typeof PlanSessionSchema>
