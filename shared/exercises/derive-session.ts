import type { Exercise, StrengthRegion } from '../schemas/session.schema'
import type { ExerciseIndex } from './exercise-index'

/** What a strength session's lines say about the engine's fields (docs/engine-rules.md §3.4). */
export interface DerivedStrengthFields {
  region?: StrengthRegion
  topSetReps?: number
  pct1rm?: number
  toFailure: boolean
}

/**
 * The region a session's lifts load together: one region when they share it, full body when they
 * load both lower and upper (or a full-body lift is among them). Core work counts only in a
 * session of nothing else, so a squat day with planks stays a lower-body day.
 */
function regionOf(regions: readonly StrengthRegion[]): StrengthRegion | undefined {
  const set = new Set(regions)
  if (set.size === 0) return undefined
  if (set.has('full') || (set.has('lower') && set.has('upper'))) return 'full'
  if (set.has('lower')) return 'lower'
  if (set.has('upper')) return 'upper'
  return 'core'
}

/**
 * The engine's fields from exercise lines: region from the library, the top set's reps (the fewest
 * reps of a line done in reps), the highest %1RM, and to failure when a line leaves 0 reps in
 * reserve (or is at RPE 10). Lines the library does not know still give reps and intensity.
 */
export function deriveStrengthFields(
  lines: readonly Exercise[],
  index: ExerciseIndex,
): DerivedStrengthFields {
  const regions: StrengthRegion[] = []
  let topSetReps: number | undefined
  let pct1rm: number | undefined
  let toFailure = false
  for (const line of lines) {
    const known = index.find(line.name)
    if (known?.region) regions.push(known.region)
    if (known && known.modality !== 'strength') continue
    if (line.reps !== undefined && line.durationSec === undefined && line.distanceM === undefined) {
      topSetReps = topSetReps === undefined ? line.reps : Math.min(topSetReps, line.reps)
    }
    if (line.pct1rm !== undefined)
      pct1rm = pct1rm === undefined ? line.pct1rm : Math.max(pct1rm, line.pct1rm)
    if (line.rir === 0 || line.rpe === 10) toFailure = true
  }
  const region = regionOf(regions)
  return {
    ...(region ? { region } : {}),
    ...(topSetReps !== undefined ? { topSetReps } : {}),
    ...(pct1rm !== undefined ? { pct1rm } : {}),
    toFailure,
  }
}

interface StrengthSessionLike {
  modality: string
  region?: StrengthRegion | undefined
  topSetReps?: number | undefined
  pct1rm?: number | undefined
  toFailure: boolean
  exercises?: Exercise[] | undefined
}

/**
 * A strength session as the engine should see it: what the coach set stays; what they left empty
 * comes from the lines. Other sessions, and sessions without lines, are returned as they are.
 */
export function withDerivedFields<S extends StrengthSessionLike>(
  session: S,
  index: ExerciseIndex,
): S {
  if (session.modality !== 'strength' || !session.exercises?.length) return session
  const derived = deriveStrengthFields(session.exercises, index)
  const region = session.region ?? derived.region
  const topSetReps = session.topSetReps ?? derived.topSetReps
  const pct1rm = session.pct1rm ?? derived.pct1rm
  return {
    ...session,
    ...(region ? { region } : {}),
    ...(topSetReps !== undefined ? { topSetReps } : {}),
    ...(pct1rm !== undefined ? { pct1rm } : {}),
    toFailure: session.toFailure || derived.toFailure,
  }
}
