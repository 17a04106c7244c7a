import type { ClientProfile } from '../schemas/client.schema'
import type { ClientLoads, LiftMaxRecord } from '../schemas/maxes.schema'
import type { Exercise } from '../schemas/session.schema'
import type { ExerciseIndex } from './exercise-index'
import { nameKey } from './exercise-index'
import { roundedLoad } from './loads'

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
  const maxes = client.maxes
  if (!maxes) return [...lines]
  const byKey = new Map(Object.entries(maxes).map(([lift, max]) => [nameKey(lift), max]))
  const maxOf = (name: string) =>
    byKey.get(nameKey(index.find(name)?.name ?? name)) ??
    byKey.get(nameKey(name)) ??
    [...byKey.entries()].find(([lift]) => index.find(lift)?.name === index.find(name)?.name)?.[1]
  return lines.map((line) => {
    if (line.loadKg !== undefined || line.pct1rm === undefined) return line
    const max = maxOf(line.name)
    if (!max) return line
    const base = max.oneRmKg * ((max.trainingMaxPct ?? 100) / 100)
    const loadKg = roundedLoad((base * line.pct1rm) / 100, {
      unit: 'kg',
      increment: client.loadIncrementKg ?? 2.5,
    })
    return { ...line, loadKg }
  })
}
