import type { LoadUnits } from '../exercises/loads'
import { kgFromUnit, roundedLoad } from '../exercises/loads'
import type { BlockSession } from '../schemas/block.schema'
import type { Exercise } from '../schemas/session.schema'
import type { DeloadScaling } from '../schemas/template.schema'

/** Minutes as a coach writes them: to 5 min, and a session is never under 10. */
const coachMinutes = (min: number) => Math.max(10, Math.round(min / 5) * 5)

/**
 * A line made lighter: fewer sets (volume), and a lower %1RM (points), load (%, to the client's
 * step), or one more rep in reserve (RPE 8 → 7, RIR 2 → 3).
 */
function deloadLine(line: Exercise, scaling: DeloadScaling, units: LoadUnits): Exercise {
  const keep = 1 - scaling.volumePct / 100
  const easier = scaling.intensityPct > 0
  const next: Exercise = { ...line }
  if (line.sets !== undefined) next.sets = Math.max(1, Math.round(line.sets * keep))
  else if (line.durationSec !== undefined)
    next.durationSec = Math.max(1, Math.round(line.durationSec * keep))
  else if (line.distanceM !== undefined)
    next.distanceM = Math.max(1, Math.round(line.distanceM * keep))
  if (line.pct1rm !== undefined) next.pct1rm = Math.max(1, line.pct1rm - scaling.intensityPct)
  if (line.loadKg !== undefined) {
    const lighter = roundedLoad(line.loadKg * (1 - scaling.intensityPct / 100), units)
    next.loadKg = kgFromUnit(lighter, units)
  }
  if (easier && line.rpe !== undefined) next.rpe = Math.max(1, line.rpe - 1)
  if (easier && line.rir !== undefined) next.rir = Math.min(10, line.rir + 1)
  return next
}

/**
 * A session as a deload week has it (defaults: volume −40 %, intensity −10 %). Volume is the
 * session's minutes (and a run's distance) and each line's sets; intensity is each line's %1RM
 * (in points: 80 % → 70 %), load or RPE, and a lift's own %1RM. A run keeps its zone: an easy
 * week of running is a shorter one, not a slower one.
 */
export function deloadSession(
  session: BlockSession,
  scaling: DeloadScaling,
  units: LoadUnits,
): BlockSession {
  const keep = 1 - scaling.volumePct / 100
  const next: BlockSession = { ...session, durationMin: coachMinutes(session.durationMin * keep) }
  if (session.distanceKm !== undefined)
    next.distanceKm = Math.round(session.distanceKm * keep * 10) / 10
  if (session.modality === 'strength' && session.pct1rm !== undefined)
    next.pct1rm = Math.max(1, session.pct1rm - scaling.intensityPct)
  if (session.exercises)
    next.exercises = session.exercises.map((l) => deloadLine(l, scaling, units))
  // A deload has no sets to failure.
  if (session.toFailure && scaling.intensityPct > 0) next.toFailure = false
  return next
}
