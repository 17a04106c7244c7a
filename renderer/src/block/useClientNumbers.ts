import { useCallback, useEffect, useState } from 'react'
import { maxOfLift } from '../../../shared/exercises/exercise-index'
import { lineLoad, loadWords } from '../../../shared/exercises/loads'
import { runPaceWords, sessionPace } from '../../../shared/exercises/session-pace'
import type { BlockSession } from '../../../shared/schemas/block.schema'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import { useExerciseLibrary } from '../library/useExerciseLibrary'
import type { Exercise } from '../../../shared/schemas/session.schema'
import { api } from '../api/backend'
import { readLatest } from '../api/read-latest'

/**
 * A client's maxes and load unit, and the exercise library, for showing what each line's %1RM
 * comes to in kg or lb. `reload` after the coach changes a max.
 */
export function useClientNumbers(clientId: string | null) {
  const [maxes, setMaxes] = useState<ClientMaxes | null>(null)
  const { library, index } = useExerciseLibrary()

  // Bumped to read the numbers again (after the coach changes a max).
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!clientId) return
    return readLatest(api.maxes.get({ clientId }), setMaxes)
  }, [clientId, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])

  const maxOf = useCallback(
    (lift: string) => (maxes ? maxOfLift(maxes.maxes, lift, index) : undefined),
    [maxes, index],
  )
  const loadOf = useCallback(
    (line: Exercise): { text: string; computed: boolean } | null => {
      if (!maxes) return null
      const load = lineLoad(line, maxOf(line.name), maxes.loads)
      return load && { text: loadWords(load), computed: load.computed }
    },
    [maxes, maxOf],
  )
  const paceOf = useCallback(
    (session: BlockSession): string | null => {
      const pace = sessionPace(session, maxes?.loads.thresholdPaceSecPerKm ?? null)
      return pace && runPaceWords(pace)
    },
    [maxes],
  )
  return { maxes, library, index, maxOf, loadOf, paceOf, reload }
}
