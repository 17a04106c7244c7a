import { z } from 'zod'
import { IdSchema, LIMITS, singleLineText } from './common.schema'
import { ModalitySchema, RunTypeSchema, StrengthRegionSchema } from './session.schema'

/** How an exercise moves, for weekly set counts by pattern (a coach's "hinge sets this week"). */
export const MOVEMENT_PATTERNS = [
  'squat',
  'hinge',
  'lunge',
  'push',
  'pull',
  'carry',
  'core',
  'olympic',
  'plyo',
  'isolation',
  'run',
  'cardio',
  'mobility',
] as const
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number]

export const EQUIPMENT = [
  'barbell',
  'dumbbell',
  'kettlebell',
  'machine',
  'cable',
  'bodyweight',
  'band',
  'sled',
  'trap bar',
  'medicine ball',
  'sandbag',
  'box',
  'ergometer',
  'none',
] as const
export type Equipment = (typeof EQUIPMENT)[number]

/** An exercise of the library as stored (shared/exercises/library-seed.ts has the built-in ones). */
export const StoredExerciseSchema = z.strictObject({
  id: IdSchema,
  name: singleLineText('Exercise name', LIMITS.shortTextChars).min(1),
  region: StrengthRegionSchema.nullable(),
  pattern: z.enum(MOVEMENT_PATTERNS),
  equipment: z.enum(EQUIPMENT),
  aliases: z.array(singleLineText('Alias', LIMITS.shortTextChars).min(1)).max(30),
  modality: ModalitySchema,
  runType: RunTypeSchema.optional(),
})
export type StoredExercise = z.infer<typeof StoredExerciseSchema>

/** An exercise as the coach enters it: a new one has no id yet. */
export const ExerciseInputSchema = StoredExerciseSchema.extend({ id: IdSchema.optional() })
