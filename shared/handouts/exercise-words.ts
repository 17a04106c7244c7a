import { setAmount } from '../exercises/compact-line'
import type { ExerciseIndex } from '../exercises/exercise-index'
import { maxOfLift } from '../exercises/exercise-index'
import { lineLoad, loadWords } from '../exercises/loads'
import { bandWords, paceBand } from '../exercises/run-paces'
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

/**
 * One line as the client reads it: "Back squat: 5 × 5 · 112.5 kg (80 %) · rest 3:00 · Belt from
 * set 3". The load is in the client's unit, from their max when the line gives a %1RM.
 */
export function lineWords(line: Exercise, numbers: ClientNumbers): string {
  const parts: string[] = []
  const amount = setAmount(line)
    .replace('/leg', ' per leg')
    .replace(/(\d)(s|min|m|km)$/, '$1 $2')
  // A name that already says it ("6 x 800 m") is not repeated as "6 × 800 m: 6 × 800 m".
  const named = /\d\s*[x×]\s*\d/.test(line.name)
  if (!named && line.sets !== undefined && amount) parts.push(`${line.sets} × ${amount}`)
  else if (!named && amount) parts.push(amount)
  const load = lineLoad(line, maxOfLift(numbers.maxes, line.name, numbers.library), numbers.loads)
  if (load && line.pct1rm !== undefined && load.computed)
    parts.push(`${loadWords(load)} (${line.pct1rm} %)`)
  else if (load) parts.push(loadWords(load))
  else if (line.pct1rm !== undefined) parts.push(`${line.pct1rm} % of your max`)
  if (line.rpe !== undefined) parts.push(`effort ${line.rpe}/10`)
  if (line.rir !== undefined)
    parts.push(line.rir === 0 ? 'to failure' : `${line.rir} reps in reserve`)
  if (line.restSec !== undefined) parts.push(`rest ${restWords(line.restSec)}`)
  if (line.notes) parts.push(line.notes)
  return parts.length > 0 ? `${line.name}: ${parts.join(' · ')}` : line.name
}

/** A run's pace band from the client's threshold pace, "Zone 2: 5:42–6:27 /km", if known. */
export function paceWords(session: BlockSession, numbers: ClientNumbers): string | null {
  const threshold = numbers.loads.thresholdPaceSecPerKm
  if (session.modality !== 'run' || session.zone === undefined || threshold === null) return null
  const band = paceBand(threshold, session.zone)
  return band && `Zone ${session.zone}: ${bandWords(band)}`
}

/** Every line of a session, then its pace band, as the handout and calendar print them. */
export function sessionDetailLines(session: BlockSession, numbers: ClientNumbers): string[] {
  const lines = (session.exercises ?? []).map((l) => lineWords(l, numbers))
  const pace = paceWords(session, numbers)
  return pace ? [...lines, pace] : lines
}
