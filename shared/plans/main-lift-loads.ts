import type { ExerciseIndex } from '../exercises/exercise-index'
import type { LiftMax, LoadUnits } from '../exercises/loads'
import { lineLoad, loadWords } from '../exercises/loads'
import type { BlockSession } from '../schemas/block.schema'

/** A main lift across a block: its heaviest load each week in the client's unit, or null. */
export interface LiftLoads {
  lift: string
  weeks: (string | null)[]
}

/** How many lifts a summary names: the ones with the most working sets. */
const MAIN_LIFTS = 6

/**
 * The main lifts of a block as one client would load them: each lift that has a load (typed, or
 * from the client's max for a %1RM or an effort) in some week, with its heaviest load of each week
 * in the client's unit ("77.5 kg"); the lifts with the most sets first, at most six.
 */
export function mainLiftLoads(
  sessions: readonly BlockSession[],
  weekCount: number,
  client: {
    maxOf: (lift: string) => LiftMax | undefined
    units: LoadUnits
    library: ExerciseIndex
  },
): LiftLoads[] {
  const lifts = new Map<string, { sets: number; top: (number | null)[] }>()
  for (const session of sessions) {
    if (session.modality !== 'strength') continue
    for (const line of session.exercises ?? []) {
      const known = client.library.find(line.name)
      if (known && known.modality !== 'strength') continue
      const name = known?.name ?? line.name
      const entry = lifts.get(name) ?? { sets: 0, top: Array<number | null>(weekCount).fill(null) }
      lifts.set(name, entry)
      entry.sets += line.sets ?? 1
      const load = lineLoad(line, client.maxOf(name), client.units)
      const week = session.weekIndex
      if (load && week < weekCount) entry.top[week] = Math.max(entry.top[week] ?? 0, load.load)
    }
  }
  return [...lifts.entries()]
    .filter(([, e]) => e.top.some((t) => t !== null))
    .sort(([a, x], [b, y]) => y.sets - x.sets || a.localeCompare(b))
    .slice(0, MAIN_LIFTS)
    .map(([lift, e]) => ({
      lift,
      weeks: e.top.map((t) =>
        t === null ? null : loadWords({ load: t, unit: client.units.unit }),
      ),
    }))
}
