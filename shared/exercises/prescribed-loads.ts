import type { ClientProfile } from '../schemas/client.schema'
import type { ClientLoads, LiftMaxRecord } from '../schemas/maxes.schema'
import type { Exercise } from '../schemas/session.schema'
import type { ExerciseIndex } from './exercise-index'
import { maxOfLift } from './exercise-index'
import { lineLoad } from './loads'

/** A client's maxes as the plan format writes them (docs/plan-format.md `client.maxes`). */
export type PlanMaxes = NonNullable<ClientProfile['maxes']>

/** The plan format's `maxes` and load fields from a stored client's maxes and units. */
export function planNumbers(
  loads: ClientLoads,
  maxes: readonly LiftMaxRecord[],
): Pick<ClientProfile, 'maxes' | 'units' | 'loadIncrementKg' | 'thresholdPaceSecPerKm'> {
  const incrementKg = loads.unit === 'kg' ? loads.increment : loads.increment * 0.45359237
  return {
    ...(maxes.length > 0
      ? {
          maxes: Object.fromEntries(
            maxes.map((m) => [
              m.lift,
              {
                oneRmKg: m.oneRmKg,
                date: m.measuredOn,
                ...(m.trainingMaxPct !== null ? { trainingMaxPct: m.trainingMaxPct } : {}),
              },
            ]),
          ),
        }
      : {}),
    units: loads.unit,
    loadIncrementKg: Math.round(incrementKg * 1000) / 1000,
    ...(loads.thresholdPaceSecPerKm !== null
      ? { thresholdPaceSecPerKm: loads.thresholdPaceSecPerKm }
      : {}),
  }
}

/**
 * Lines with their load in kg where the plan leaves it to the client's max: a line with a %1RM,
 * no load, and a max for its lift (by name or alias) gets %1RM of the max (of its training max
 * when set), rounded to the client's load step. What PRG-04 compares week to week.
 */
export function withComputedLoads(
  lines: readonly Exercise[],
  client: Pick<ClientProfile, 'maxes' | 'loadIncrementKg'>,
  index: ExerciseIndex,
): Exercise[] {
  if (!client.maxes) return [...lines]
  const maxes = Object.entries(client.maxes).map(([lift, max]) => ({ lift, ...max }))
  const kg = { unit: 'kg', increment: client.loadIncrementKg ?? 2.5 } as const
  return lines.map((line) => {
    if (line.loadKg !== undefined || line.pct1rm === undefined) return line
    const load = lineLoad(line, maxOfLift(maxes, line.name, index), kg)
    return load ? { ...line, loadKg: load.load } : line
  })
}
