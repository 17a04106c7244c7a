import { setAmount } from '../exercises/compact-line'
import type { ExerciseIndex } from '../exercises/exercise-index'
import { maxOfLift } from '../exercises/exercise-index'
import { lineLoad, loadWords } from '../exercises/loads'
import { bandWords, targetWords } from '../exercises/run-paces'
import { linePace, runPaceWords, sessionPace } from '../exercises/session-pace'
import type { RunLike } from '../exercises/session-pace'
import type { BlockSession } from '../schemas/block.schema'
import type { ClientLoads, LiftMaxRecord } from '../schemas/maxes.schema'
import type { Exercise } from '../schemas/session.schema'

/** What a handout needs to turn lines into a client's numbers. */
export interface ClientNumbers {
  loads: ClientLoads
  maxes: readonly LiftMaxRecord[]
  library: ExerciseIndex
}

const restWords = (s: number) =>
  s < 60 ? `${s} s` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`

/** A line's sets in words: "5 × 5", "3 × 10 per leg", "6 × 800 m", "3 × 45 s". */
function amountWords(line: Exercise): string {
  const amount = setAmount(line)
    .replace('/leg', ' per leg')
    .replace(/(\d)(s|min|m|km)$/, '$1 $2')
  if (line.sets !== undefined && amount) return `${line.sets} × ${amount}`
  return amount
}

/**
 * One line as the client reads it, in their numbers: "Back squat: 5 × 5 · 112.5 kg (80 %) · rest
 * 3:00 · Belt from set 3"; an effort line gets its load too, "Romanian deadlift: 3 × 8 · 87.5 kg
 * (RPE 7)"; a run's repeat its pace, "6 × 800 m at 3:52–4:00 /km (5K pace) · rest 2:00". Loads are
 * in the client's unit, from their max when the line gives a %1RM or an effort.
 */
export function lineWords(
  line: Exercise,
  numbers: ClientNumbers,
  session: RunLike = { modality: 'strength' },
): string {
  const parts: string[] = []
  const amount = amountWords(line)
  const pace = linePace(line, session, numbers.loads.thresholdPaceSecPerKm)
  // Each repeat's pace: its band for this client, or the pace it names when theirs is not known.
  const target = pace
    ? `at ${bandWords(pace.band)} (${pace.basis})`
    : line.pace !== undefined
      ? `at ${targetWords(line.pace)}`
      : null
  // A name that already says it ("6 x 800 m", "800 m repeats") is not repeated before the sets.
  const restated = target !== null && amount !== '' && /\d/.test(line.name)
  if (target) parts.push(amount ? `${amount} ${target}` : target)
  else if (!/\d\s*[x×]\s*\d/.test(line.name) && amount) parts.push(amount)
  const load = lineLoad(line, maxOfLift(numbers.maxes, line.name, numbers.library), numbers.loads)
  if (load?.computed && load.from) parts.push(`${loadWords(load)} (${load.from})`)
  else if (load) parts.push(loadWords(load))
  else if (line.pct1rm !== undefined) parts.push(`${line.pct1rm} % of your max`)
  const effortInLoad = load?.computed && line.pct1rm === undefined
  if (line.rpe !== undefined && !effortInLoad && !pace) parts.push(`effort ${line.rpe}/10`)
  if (line.rir !== undefined && !effortInLoad)
    parts.push(line.rir === 0 ? 'to failure' : `${line.rir} reps in reserve`)
  if (line.restSec !== undefined) parts.push(`rest ${restWords(line.restSec)}`)
  if (line.notes) parts.push(line.notes)
  if (parts.length === 0) return line.name
  return restated ? parts.join(' · ') : `${line.name}: ${parts.join(' · ')}`
}

/**
 * A run's pace band from the client's threshold pace, "Zone 2: 5:42–6:27 /km" or "Easy pace,
 * zone 2: …" when no zone is typed; null when the run's lines give each repeat its own pace, or
 * for what is not a run.
 */
export function paceWords(session: BlockSession, numbers: ClientNumbers): string | null {
  const threshold = numbers.loads.thresholdPaceSecPerKm
  const linesPaced = (session.exercises ?? []).some((l) => linePace(l, session, threshold) !== null)
  const pace = sessionPace(session, threshold)
  return pace && !linesPaced ? runPaceWords(pace) : null
}

/** Every line of a session, then its pace band, as the handout and calendar print them. */
export function sessionDetailLines(session: BlockSession, numbers: ClientNumbers): string[] {
  const lines = (session.exercises ?? []).map((l) => lineWords(l, numbers, session))
  const pace = paceWords(session, numbers)
  return pace ? [...lines, pace] : lines
}
