import { z } from 'zod'
import { EQUIPMENT, MOVEMENT_PATTERNS } from '../exercises/library-seed'
import { IdSchema, LIMITS, singleLineText } from './common.schema'
import { ModalitySchema, RunTypeSchema, StrengthRegionSchema } from './session.schema'

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
