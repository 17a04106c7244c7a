import type { ExerciseIndex } from '../exercises/exercise-index'
import { readSessionKind } from '../plans/lenient-values'
import type { Modality, RunType, StrengthRegion } from '../schemas/session.schema'

/**
 * What a coach's sheet says a session is, from the name they gave it: apart from the sheet's
 * reader, which reads cells and rows.
 */

/** A kind of session as a title gives it. */
type TitleKind = { modality: Modality; region?: StrengthRegion; runType?: RunType }

const asTitleKind = (kind: ReturnType<typeof readSessionKind>): TitleKind | null =>
  kind?.modality
    ? {
        modality: kind.modality,
        ...(kind.region ? { region: kind.region } : {}),
        ...(kind.runType ? { runType: kind.runType } : {}),
      }
    : null

/** A run's type in the words of a title that says it is a run: "Run - long", "Run: 8 x 400 intervals". */
const RUN_WORDS: [RegExp, RunType][] = [
  [/\b(intervals?|track|vo2|reps)\b/, 'intervals'],
  [/\btempo\b/, 'tempo'],
  [/\bthreshold\b/, 'threshold'],
  [/\blong\b/, 'long'],
  [/\brecovery\b/, 'recovery'],
  [/\bhills?\b/, 'hill_repeats'],
  [/\b(sprints?|strides)\b/, 'sprints'],
  [/\brace\b/, 'race'],
  [/\beasy\b/, 'easy'],
]

/**
 * What a session title says it is: "Lower strength", "Easy run", "Intervals", "Mobility", and the
 * names coaches give workouts: "Legs heavy" and "Push" are lifts, "Run - intervals" and "Run -
 * long" are those runs (never an easy run by default when the title names the kind).
 */
export function readTitle(title: string, library: ExerciseIndex): TitleKind | null {
  const whole = asTitleKind(readSessionKind(title))
  if (whole) return whole
  const t = title.toLowerCase()
  // "Run - intervals", "Strength: push": each part of a title may name the kind on its own.
  for (const part of t.split(/\s*[-–—:|/·,()]+\s*/).filter(Boolean)) {
    const kind = asTitleKind(readSessionKind(part))
    if (kind) return kind
  }
  const region: StrengthRegion | undefined = /lower|leg/.test(t)
    ? 'lower'
    : /upper|push|pull/.test(t)
      ? 'upper'
      : /full/.test(t)
        ? 'full'
        : /core/.test(t)
          ? 'core'
          : undefined
  if (region || /strength|lift|gym|weights/.test(t))
    return { modality: 'strength', ...(region ? { region } : {}) }
  if (/mobility|yoga|stretch/.test(t)) return { modality: 'mobility' }
  const known = library.find(title)
  if (known)
    return { modality: known.modality, ...(known.runType ? { runType: known.runType } : {}) }
  if (/\brun\b/.test(t)) {
    const type = RUN_WORDS.find(([words]) => words.test(t))?.[1] ?? 'easy'
    return { modality: 'run', runType: type }
  }
  return null
}
