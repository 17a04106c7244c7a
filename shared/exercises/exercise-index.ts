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

/** The built-in library, for plan files read without a database. */
export const SEED_INDEX = new ExerciseIndex(LIBRARY_SEED)
