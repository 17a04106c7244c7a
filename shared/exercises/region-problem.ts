import type { RegionedSession } from '../schemas/session.schema'
import { deriveStrengthFields } from './derive-session'
import type { ExerciseIndex } from './exercise-index'

/**
 * Why a strength session cannot be analysed as it stands, or undefined when it can: it must say
 * which body region it loads (docs/engine-rules.md §3.4), or carry exercise lines the library
 * knows, from which the region is derived. Which library depends on where the session lives: a
 * plan file is read with the built-in one, a stored block with the database's (coach-added
 * exercises count there).
 */
export function regionProblem(
  session: RegionedSession,
  library: ExerciseIndex,
): string | undefined {
  if (session.modality !== 'strength' || session.region !== undefined) return undefined
  if (session.exercises && deriveStrengthFields(session.exercises, library).region) return undefined
  return session.exercises?.length
    ? 'a strength session needs a region (lower, upper, full or core): none of its exercises is in the library'
    : 'a strength session needs a region (lower, upper, full or core)'
}
