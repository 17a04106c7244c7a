import type { ExerciseIndex } from '../exercises/exercise-index'
import { SEED_INDEX, liftKey } from '../exercises/exercise-index'
import type { ClientProfile } from '../schemas/client.schema'

/** One lift's entry in `client.maxes` (docs/plan-format.md), with the name it was kept under. */
export interface PlanMax {
  lift: string
  oneRmKg: number
  trainingMaxPct?: number | undefined
}

/** The client's max for the lift a line names, by name or alias; undefined when there is none. */
export type MaxOfLift = (lineName: string) => PlanMax | undefined

/**
 * Looks lines up in `client.maxes` the way loads are computed from them (PRG-05, §5.3): by the
 * library's name or any alias (`BS` finds Back squat), in `library` (the app's database library;
 * the built-in one for a plan file). Built on first use and remembered per name, since every week
 * of a block asks again for the same few lifts.
 */
export function maxesLookup(
  client: Pick<ClientProfile, 'maxes'>,
  library: ExerciseIndex = SEED_INDEX,
): MaxOfLift {
  const maxes = client.maxes
  if (!maxes || Object.keys(maxes).length === 0) return () => undefined
  let byKey: Map<string, PlanMax> | null = null
  const byName = new Map<string, PlanMax | undefined>()
  return (lineName) => {
    if (byName.has(lineName)) return byName.get(lineName)
    if (!byKey) {
      byKey = new Map()
      // The first entry of a lift wins, as when loads are computed (maxOfLift).
      for (const [lift, max] of Object.entries(maxes)) {
        const key = liftKey(lift, library)
        if (!byKey.has(key)) byKey.set(key, { lift, ...max })
      }
    }
    const found = byKey.get(liftKey(lineName, library))
    byName.set(lineName, found)
    return found
  }
}
