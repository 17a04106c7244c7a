import type { LibraryExercise } from './library-seed'
import { LIBRARY_SEED } from './library-seed'

/** How a name is compared: case, spacing and hyphens as coaches vary them ("Pull up", "pull-up"). */
export const nameKey = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[‐‑–—-]/g, ' ')
    .replace(/\s+/g, ' ')

/** The library looked up by name or alias, ignoring case (`bs`, `BS` and `Back squat` are one). */
export class ExerciseIndex {
  private readonly byKey = new Map<string, LibraryExercise>()

  constructor(readonly exercises: readonly LibraryExercise[]) {
    // Names first, so an alias never hides an exercise's own name.
    for (const e of exercises) this.byKey.set(nameKey(e.name), e)
    for (const e of exercises) {
      for (const alias of e.aliases)
        if (!this.byKey.has(nameKey(alias))) this.byKey.set(nameKey(alias), e)
    }
  }

  find(name: string): LibraryExercise | undefined {
    return this.byKey.get(nameKey(name))
  }
}

/** A lift's name as maxes are matched by it: the library's own name when it knows the lift. */
export const liftKey = (name: string, index: ExerciseIndex) =>
  nameKey(index.find(name)?.name ?? name)

/**
 * The max recorded for a lift, whichever of its names either side uses: a line's `BS` finds the
 * max kept under Back squat, and a max written `RDL` in a plan file is Romanian deadlift's.
 */
export function maxOfLift<M extends { lift: string }>(
  maxes: readonly M[],
  lift: string,
  index: ExerciseIndex,
): M | undefined {
  const key = liftKey(lift, index)
  return maxes.find((m) => liftKey(m.lift, index) === key)
}

/** The built-in library, for plan files read without a database. */
export const SEED_INDEX = new ExerciseIndex(LIBRARY_SEED)
