import { useEffect, useMemo, useState } from 'react'
import { ExerciseIndex, SEED_INDEX } from '../../../shared/exercises/exercise-index'
import type { StoredExercise } from '../../../shared/schemas/exercise.schema'
import { api } from '../api/backend'
import { readLatest } from '../api/read-latest'

/**
 * The database's exercise library (the coach's own exercises included), as a list and as the
 * index names are looked up in. Until it has been read the built-in library stands in: the
 * stored one starts as a copy of it, so a line typed in that moment reads the same.
 */
export function useExerciseLibrary(): {
  library: readonly StoredExercise[]
  index: ExerciseIndex
} {
  const [library, setLibrary] = useState<readonly StoredExercise[] | null>(null)
  useEffect(() => readLatest(api.exercises.list(), setLibrary), [])
  const index = useMemo(() => (library ? new ExerciseIndex(library) : SEED_INDEX), [library])
  return { library: library ?? [], index }
}
