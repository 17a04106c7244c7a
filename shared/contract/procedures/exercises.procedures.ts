import { z } from 'zod'
import { IdSchema } from '../../schemas/common.schema'
import { ExerciseInputSchema, StoredExerciseSchema } from '../../schemas/exercise.schema'
import { procedure } from '../procedure'
import { NoInput } from '../common-inputs'

/** The exercise library. */
export const exercisesProcedures = {
  'exercises.list': procedure(
    'The exercise library: each exercise with its region, pattern, equipment and aliases.',
    NoInput,
    z.array(StoredExerciseSchema),
  ),
  'exercises.save': procedure(
    'Adds an exercise to the library, or changes one; a rename keeps the old name as an alias.',
    z.strictObject({ exercise: ExerciseInputSchema }),
    StoredExerciseSchema,
  ),
  'exercises.merge': procedure(
    'Merges one exercise into another: its name and aliases become aliases of the one kept.',
    z.strictObject({ fromId: IdSchema, intoId: IdSchema }),
    StoredExerciseSchema,
  ),
} as const
