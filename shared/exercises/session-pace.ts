import type { Exercise, RunType } from '../schemas/session.schema'
import type { PaceBand } from './run-paces'
import {
  RUN_TYPE_ZONE,
  bandWords,
  paceBand,
  racePace,
  targetBand,
  targetWords,
  zoneOfRpe,
} from './run-paces'

/** What a run's pace is worked out from: the session's own fields. */
export interface RunLike {
  modality: string
  runType?: RunType | undefined
  zone?: number | undefined
  rpe?: number | undefined
  distanceKm?: number | undefined
}

/** A pace band with the words that say where it comes from. */
export interface RunPace {
  band: PaceBand
  /** "Zone 2", "Easy pace, zone 2", "10 km race pace", "5K pace", "effort 9/10, zone 5". */
  basis: string
}

const RUN_WORDS: Record<string, string> = {
  recovery: 'Recovery',
  walk_run: 'Walk-run',
  easy: 'Easy',
  long: 'Long-run',
  tempo: 'Tempo',
  threshold: 'Threshold',
  intervals: 'Interval',
  hill_repeats: 'Hill-repeat',
  sprints: 'Sprint',
  race: 'Race',
}

/**
 * A run's pace band from the client's threshold pace (Friel's zones): the zone the coach typed;
 * else a race's own pace when its distance is known (Riegel); else its type's zone (an easy run
 * zone 2, intervals zone 5); else the zone of its RPE. Null for what is not a run, or a client
 * with no threshold pace.
 */
export function sessionPace(run: RunLike, thresholdSecPerKm: number | null): RunPace | null {
  if (run.modality !== 'run' || thresholdSecPerKm === null) return null
  if (run.zone !== undefined) {
    const band = paceBand(thresholdSecPerKm, run.zone)
    return band && { band, basis: `Zone ${run.zone}` }
  }
  if (run.runType === 'race' && run.distanceKm) {
    const pace = racePace(thresholdSecPerKm, run.distanceKm)
    return {
      band: { fastSecPerKm: pace * 0.985, slowSecPerKm: pace * 1.015 },
      basis: `${run.distanceKm} km race pace`,
    }
  }
  const zone =
    (run.runType && RUN_TYPE_ZONE[run.runType]) ?? (run.rpe !== undefined ? zoneOfRpe(run.rpe) : 2)
  const band = paceBand(thresholdSecPerKm, zone)
  const kind = run.runType ? RUN_WORDS[run.runType] : undefined
  return band && { band, basis: kind ? `${kind} pace, zone ${zone}` : `Zone ${zone}` }
}

/** A run's pace in words: "Easy pace, zone 2: 5:42–6:27 /km". */
export const runPaceWords = (pace: RunPace) => `${pace.basis}: ${bandWords(pace.band)}`

/**
 * The pace of one line of a run (a repeat over a distance or a time): the pace it names (`@5K
 * pace`, `@threshold`), else the zone of its RPE, else the session's. Null for a line that is not
 * run (a lift, a drill without a distance or time) or without a threshold pace.
 */
export function linePace(
  line: Exercise,
  session: RunLike,
  thresholdSecPerKm: number | null,
): RunPace | null {
  if (thresholdSecPerKm === null) return null
  if (line.pace !== undefined) {
    const band = targetBand(thresholdSecPerKm, line.pace)
    return band && { band, basis: targetWords(line.pace) }
  }
  const repeat = line.distanceM !== undefined || line.durationSec !== undefined
  if (session.modality !== 'run' || !repeat) return null
  if (line.rpe !== undefined) {
    const zone = zoneOfRpe(line.rpe)
    const band = paceBand(thresholdSecPerKm, zone)
    return band && { band, basis: `effort ${line.rpe}/10, zone ${zone}` }
  }
  return sessionPace(session, thresholdSecPerKm)
}
