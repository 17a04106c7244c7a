import type { ExerciseIndex } from '../exercises/exercise-index'
import { liftKey } from '../exercises/exercise-index'
import type { LiftMax, LoadUnits } from '../exercises/loads'
import { kgFromUnit, lineLoad, roundedLoad } from '../exercises/loads'
import type { BlockSession, WeekSettings } from '../schemas/block.schema'
import type { Exercise } from '../schemas/session.schema'
import type { Progression } from '../schemas/template.schema'

/** What a progression needs to know about the client: their maxes, their unit, the library. */
export interface ClientLoadNumbers {
  maxOf: (lift: string) => LiftMax | undefined
  units: LoadUnits
  library: ExerciseIndex
}

/**
 * How many progression steps week `week` is past `from`: deload weeks in between do not count,
 * so the week after a deload picks up where the week before it left off.
 */
function stepsSince(from: number, week: number, weeks: readonly WeekSettings[]): number {
  let steps = 0
  for (let w = from + 1; w <= week; w++) if (!weeks[w]?.deload) steps++
  return steps
}

/** The line a week's line progresses from: the same lift on the same weekday in the first week. */
function baseLine(
  sessions: readonly BlockSession[],
  fromWeek: number,
  day: number,
  key: string,
  library: ExerciseIndex,
): Exercise | undefined {
  const inFirstWeek = sessions.filter((s) => s.weekIndex === fromWeek)
  const lines = (s: BlockSession) =>
    (s.exercises ?? []).filter((l) => liftKey(l.name, library) === key)
  return inFirstWeek.filter((s) => s.day === day).flatMap(lines)[0] ?? inFirstWeek.flatMap(lines)[0]
}

/** A load set on a line, in the client's unit; its %1RM follows when the max is known. */
function withLoad(line: Exercise, load: number, max: LiftMax | undefined, units: LoadUnits) {
  const loadKg = kgFromUnit(load, units)
  const { pct1rm: _pct, ...rest } = line
  if (!max) return { ...rest, loadKg }
  const base = max.oneRmKg * ((max.trainingMaxPct ?? 100) / 100)
  return { ...rest, loadKg, pct1rm: Math.round((loadKg / base) * 1000) / 10 }
}

/** One line of week `week` as the progression writes it, or the line itself when it has no say. */
function progressedLine(
  line: Exercise,
  base: Exercise,
  steps: number,
  deload: boolean,
  p: Exclude<Progression, { kind: 'run_volume' }>,
  numbers: ClientLoadNumbers,
): Exercise {
  const max = numbers.maxOf(line.name)
  if (p.kind === 'wave') {
    const pct = deload ? p.deloadPct : p.pcts[steps % p.pcts.length]
    if (pct === undefined) return line
    const { loadKg: _typed, ...rest } = line
    return { ...rest, pct1rm: pct }
  }
  if (deload) return line
  if (p.kind === 'linear' && p.unit === 'pct') {
    if (base.pct1rm === undefined) return line
    const { loadKg: _typed, ...rest } = line
    return { ...rest, pct1rm: Math.min(110, Math.max(1, base.pct1rm + steps * p.step)) }
  }
  const baseLoad = lineLoad(base, max, numbers.units)?.load
  if (p.kind === 'linear') {
    if (baseLoad === undefined) return line
    const load = roundedLoad(kgFromUnit(baseLoad + steps * p.step, numbers.units), numbers.units)
    return withLoad(line, Math.max(0, load), max, numbers.units)
  }
  // Double progression: a rep a week up to the top of the range, then the load goes up and the
  // reps start again from the bottom.
  if (base.reps === undefined || base.repsMax === undefined) return line
  const span = base.repsMax - base.reps + 1
  const reps = base.reps + (steps % span)
  const climbs = Math.floor(steps / span)
  const next = { ...line, reps }
  if (baseLoad === undefined || climbs === 0) return next
  const load = roundedLoad(kgFromUnit(baseLoad + climbs * p.step, numbers.units), numbers.units)
  return withLoad(next, load, max, numbers.units)
}

/** A run's minutes and distance `steps` weeks on, at `pct` % a week compounded. */
function progressedRun(run: BlockSession, base: BlockSession, steps: number, pct: number) {
  const factor = (1 + pct / 100) ** steps
  return {
    ...run,
    durationMin: Math.max(1, Math.round(base.durationMin * factor)),
    ...(base.distanceKm !== undefined
      ? { distanceKm: Math.round(base.distanceKm * factor * 10) / 10 }
      : {}),
  }
}

/**
 * The sessions a progression changes, as it leaves them (the others are left out). Weeks are the
 * block's; the first week of the range is the base and stays as written (a wave writes it too).
 */
export function progressSessions(
  sessions: readonly BlockSession[],
  weeks: readonly WeekSettings[],
  p: Progression,
  numbers: ClientLoadNumbers,
): BlockSession[] {
  const from = p.weeks.from - 1
  const to = Math.min(p.weeks.to, weeks.length) - 1
  const changed: BlockSession[] = []
  if (p.kind === 'run_volume') {
    const types = p.runTypes ? new Set<string>(p.runTypes) : null
    const runs = sessions.filter(
      (s) => s.modality === 'run' && (!types || (s.runType !== undefined && types.has(s.runType))),
    )
    for (const run of runs) {
      if (run.weekIndex <= from || run.weekIndex > to || weeks[run.weekIndex]?.deload) continue
      const sameKind = runs.filter((r) => r.weekIndex === from && r.runType === run.runType)
      const base = sameKind.find((r) => r.day === run.day) ?? sameKind[0]
      if (!base) continue
      const next = progressedRun(run, base, stepsSince(from, run.weekIndex, weeks), p.pctPerWeek)
      if (next.durationMin !== run.durationMin || next.distanceKm !== run.distanceKm)
        changed.push(next)
    }
    return changed
  }
  const targets = new Set(p.lifts.map((l) => liftKey(l, numbers.library)))
  for (const session of sessions) {
    const week = session.weekIndex
    if (week < from || week > to || !session.exercises?.length) continue
    if (week === from && p.kind !== 'wave') continue
    let touched = false
    const exercises = session.exercises.map((line) => {
      const key = liftKey(line.name, numbers.library)
      if (!targets.has(key)) return line
      const base = baseLine(sessions, from, session.day, key, numbers.library)
      if (!base) return line
      const deload = weeks[week]?.deload ?? false
      const next = progressedLine(line, base, stepsSince(from, week, weeks), deload, p, numbers)
      if (JSON.stringify(next) !== JSON.stringify(line)) touched = true
      return next
    })
    if (touched) changed.push({ ...session, exercises })
  }
  return changed
}

/** Several progressions, one after another (a wave on the squat, +2.5 kg on the bench…). */
export function progressAll(
  sessions: readonly BlockSession[],
  weeks: readonly WeekSettings[],
  progressions: readonly Progression[],
  numbers: ClientLoadNumbers,
): BlockSession[] {
  let current = [...sessions]
  for (const p of progressions) {
    const changed = new Map(progressSessions(current, weeks, p, numbers).map((s) => [s.id, s]))
    current = current.map((s) => changed.get(s.id) ?? s)
  }
  return current
}
