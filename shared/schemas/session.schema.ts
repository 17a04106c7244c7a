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
export type StrengthRegion = z.infer<typeof StrengthRegionSchema>

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

/**
 * The pace a run's line is run at, named as coaches write it (`6x800m @5K pace`, `5x1km
 * @threshold`): a race's pace (from the client's threshold pace with Riegel's formula), threshold
 * pace, or the pace of an easier zone. docs/plan-format.md "Exercise lines".
 */
export const PACE_TARGETS = [
  'mile',
  '3k',
  '5k',
  '10k',
  'half',
  'marathon',
  'threshold',
  'tempo',
  'easy',
  'recovery',
] as const
export const PaceTargetSchema = z.enum(PACE_TARGETS)
export type PaceTarget = z.infer<typeof PaceTargetSchema>

const crRpe = (label: string) =>
  z
    .number()
    .int({ error: `${label} is a whole number from 0 to 10` })
    .min(0, { error: `${label} is from 0 to 10` })
    .max(10, { error: `${label} is from 0 to 10` })

/**
 * One exercise line of a session's prescription (docs/plan-format.md `exercises`): sets of reps
 * (a range with repsMax, per leg with perSide), or of a time or a distance, at a %1RM, an RPE/RIR
 * or a load in kg, with rest and notes.
 */
export const ExerciseSchema = z
  .strictObject({
    name: singleLineText('Exercise name', LIMITS.shortTextChars).min(1, {
      error: 'Exercise name is required',
    }),
    sets: z
      .number()
      .int({ error: 'Sets are a whole number' })
      .min(1, { error: 'Sets are from 1 to 50' })
      .max(50, { error: 'Sets are from 1 to 50' })
      .optional(),
    reps: z
      .number()
      .int({ error: 'Reps are a whole number' })
      .min(1, { error: 'Reps are from 1 to 100' })
      .max(100, { error: 'Reps are from 1 to 100' })
      .optional(),
    /** The top of a rep range (8–12: reps 8, repsMax 12). */
    repsMax: z.number().int().min(1).max(100).optional(),
    /** Reps counted per leg or side (10/leg). */
    perSide: z.boolean().optional(),
    /** A set held or worked for a time (a 45 s plank, a 40 min run). */
    durationSec: z.number().int().min(1).max(86400).optional(),
    /** A set over a distance (800 m repeats). */
    distanceM: z
      .number()
      .min(1, { error: 'A distance is at least 1 m' })
      .max(200000, { error: 'A distance is at most 200 km' })
      .optional(),
    loadKg: z
      .number()
      .min(0, { error: 'A load is at least 0 kg' })
      .max(1000, { error: 'A load is at most 1000 kg' })
      .optional(),
    pct1rm: z
      .number()
      .min(1, { error: '%1RM is from 1 to 110' })
      .max(110, { error: '%1RM is from 1 to 110' })
      .optional(),
    rpe: z
      .number()
      .min(1, { error: 'RPE is from 1 to 10' })
      .max(10, { error: 'RPE is from 1 to 10' })
      .multipleOf(0.5, { error: 'RPE is in halves: 7 or 7.5' })
      .optional(),
    rir: z.number().int().min(0).max(10).optional(),
    restSec: z.number().int().min(0).max(3600).optional(),
    /** A run's line: the pace each repeat is run at (`@5K pace`). */
    pace: PaceTargetSchema.optional(),
    notes: singleLineText('Exercise notes', LIMITS.shortTextChars).optional(),
  })
  .refine((e) => e.repsMax === undefined || (e.reps !== undefined && e.repsMax >= e.reps), {
    error: 'the top of a rep range is at least its bottom',
    path: ['repsMax'],
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
  zone: z
    .number()
    .int({ error: 'Zone is a whole number from 1 to 5' })
    .min(1, { error: 'Zone is from 1 to 5' })
    .max(5, { error: 'Zone is from 1 to 5' })
    .optional(),
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
  /** How long a completed session actually took; its load is actual RPE × these minutes. */
  minutesActual: z
    .number({ error: 'Actual minutes must be a number' })
    .int({ error: 'Actual minutes are whole minutes' })
    .min(1, { error: 'Actual minutes must be at least 1' })
    .max(1440, { error: 'Actual minutes are at most 1440 (a day)' })
    .optional(),
  exercises: z.array(ExerciseSchema).max(LIMITS.listItems).optional(),
  notes: notesText('Notes').optional(),
  /** The session's own name ("Legs heavy", "Track 6 × 800"), as a coach's sheet writes it. */
  title: singleLineText('Title', LIMITS.shortTextChars)
    .min(1, { error: 'Title is empty: clear it instead' })
    .optional(),
})
export type SessionFields = z.infer<typeof SessionFieldsSchema>

/** What the region checks read of a session. */
export type RegionedSession = {
  modality: Modality
  region?: string | undefined
  exercises?: Exercise[] | undefined
}

/**
 * The part of the region check a schema can make: a strength session gives a region or has
 * exercise lines. Whether the library knows those lines is `regionProblem`'s (shared/exercises/region-problem.ts) to say where the
 * library is at hand: `parsePlan` for plan files, `applySessionPatches` and the imports for blocks.
 */
export function requireRegionOrLines(session: RegionedSession, ctx: z.RefinementCtx): void {
  if (session.modality !== 'strength' || session.region !== undefined) return
  if (session.exercises?.length) return
  ctx.addIssue({
    code: 'custom',
    path: ['region'],
    message: 'a strength session needs a region (lower, upper, full or core)',
  })
}

/** A session of the plan interchange format (docs/plan-format.md). */
export const PlanSessionSchema = SessionFieldsSchema.extend({
  id: z
    .string()
    .min(1, { error: 'id is required' })
    .max(LIMITS.idChars, { error: `id is longer than ${LIMITS.idChars} characters` }),
}).superRefine(requireRegionOrLines)
export type PlanSession = z.infer<typeof PlanSessionSchema>
