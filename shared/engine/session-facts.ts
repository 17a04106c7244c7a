import type { ClientProfile } from '../schemas/client.schema'
import type { PlanSession } from '../schemas/session.schema'
import { minutesOfDay } from '../schemas/common.schema'
import { noviceRunner } from './client-facts'
import { repsInReserve } from './rep-max'

export type CardioIntensity = 'HARD' | 'MODERATE' | 'EASY'

/**
 * One session with everything the rules ask about it, computed once (docs/engine-rules.md §2.5, §3,
 * §4.1). Times are minutes from Monday 00:00 of the plan's first week.
 */
export interface SessionFacts {
  s: PlanSession
  week: number
  /** Day index across the plan: week × 7 + day. */
  absDay: number
  start: number
  end: number
  /** Position in start order (ties keep the input order, §3.4). */
  order: number
  cardio: boolean
  lowImpact: boolean
  /** §2.5 cardio intensity; also set for sport/other (used only for its default sRPE). */
  intensity: CardioIntensity | null
  heavyBase: boolean
  moderateBase: boolean
  upperOnly: boolean
  longRun: boolean
  eccRun: boolean
  /** sRPE the rules use: the actual for a completed session that has one, else the planned. */
  givenRpe: number | undefined
  srpe: number
  load: number
  /** SP after steps 1–3 of §3.4 (before the novice-runner bump). */
  spBase: number
  sp: number
  heavyLeg: boolean
  heavyStr: boolean
  keyRun: boolean
}

const CARDIO = new Set(['run', 'cycle', 'elliptical', 'row', 'swim', 'walk'])
const LOW_IMPACT = new Set(['cycle', 'elliptical', 'row', 'swim'])
const HARD_SUBTYPES = new Set(['intervals', 'threshold', 'sprints', 'hill_repeats', 'race'])
const ECC_TERRAIN = new Set(['hilly', 'downhill', 'trail_hilly'])

/** §3.4: the actual sRPE replaces the planned one once a session is completed. */
function effectiveRpe(s: PlanSession): number | undefined {
  if (s.status === 'completed' && s.rpeActual !== undefined) return s.rpeActual
  return s.rpe
}

/** §2.5 cardio intensity, first match: HARD, MODERATE, else EASY; a walk is always EASY. */
export function cardioIntensity(s: PlanSession, rpe: number | undefined): CardioIntensity {
  if (s.modality === 'walk') return 'EASY'
  if ((s.runType && HARD_SUBTYPES.has(s.runType)) || (s.zone ?? 0) >= 4 || (rpe ?? -1) >= 7)
    return 'HARD'
  if (s.runType === 'tempo' || s.zone === 3 || (rpe !== undefined && rpe >= 5 && rpe <= 6))
    return 'MODERATE'
  return 'EASY'
}

/**
 * Reps in reserve at which low reps still count as heavy (§2.5, v1.2): 6 reps from 75 %, 5 from
 * 77 %, 3 from 81.1 %. The tolerance keeps 6 @ 75 % (exactly 4 in reserve) heavy despite rounding.
 */
const HEAVY_MAX_RIR = 4 + 1e-9

/**
 * §2.5 HEAVY_BASE's load test (v1.2): ≥ 85 % 1RM, or ≤ 6 reps at most 4 reps short of failure
 * (any ≤ 6 reps when no %1RM is given). Dynamic-effort work (8 × 2 @ 60 %) and deloaded low-rep
 * work (3 × 5 @ 70 %) are not heavy: effort, not rep count alone, drives fatigue (Helms 2016).
 */
export function heavyBaseLoad(topSetReps: number | undefined, pct1rm: number | undefined): boolean {
  if (pct1rm !== undefined && pct1rm >= 85) return true
  if (topSetReps === undefined || topSetReps > 6) return false
  return pct1rm === undefined || repsInReserve(topSetReps, pct1rm) <= HEAVY_MAX_RIR
}

/** §3.2 SP_srpe: the stress points a CR-10 rating stands for. */
export function spFromRpe(rpe: number): number {
  if (rpe <= 2) return 1
  if (rpe <= 4) return 2
  if (rpe <= 6) return 3
  if (rpe <= 8) return 4
  return 5
}

function strengthTable(f: { heavyBase: boolean; moderateBase: boolean }, legs: boolean): number {
  if (f.heavyBase) return legs ? 4 : 3
  if (f.moderateBase) return legs ? 3 : 2
  return 1
}

function runTable(intensity: CardioIntensity, s: PlanSession, longRun: boolean): number {
  if (intensity === 'HARD') {
    return longRun || (s.runType === 'race' && s.durationMin >= 60) ? 5 : 4
  }
  if (intensity === 'MODERATE') return 3
  if (longRun) return s.durationMin > 90 ? 4 : 3
  if (s.durationMin <= 15) return 1
  return s.durationMin <= 60 ? 2 : 3
}

/** §4.1 default planned sRPE when the coach left it blank. */
/** What stress points and the default sRPE depend on. */
interface StressInputs {
  s: PlanSession
  intensity: CardioIntensity | null
  heavyBase: boolean
  moderateBase: boolean
  longRun: boolean
  eccRun: boolean
  givenRpe: number | undefined
}

function defaultRpe(f: StressInputs): number {
  const s = f.s
  switch (s.modality) {
    case 'strength':
      return Math.min(10, (f.heavyBase ? 7 : f.moderateBase ? 6 : 4) + (s.toFailure ? 1 : 0))
    case 'run': {
      let rpe: number
      if (s.runType === 'race') rpe = 9
      else if (f.intensity === 'HARD') rpe = 8
      else if (f.intensity === 'MODERATE') rpe = 6
      else if (f.longRun) rpe = s.durationMin > 90 ? 5 : 4
      else if (s.runType === 'recovery') rpe = 2
      else rpe = 3
      return Math.min(10, rpe + (f.eccRun ? 1 : 0))
    }
    case 'walk':
      return 2
    case 'mobility':
      return 1
    case 'sport':
    case 'other':
      if (s.runType === 'race') return 9
      if (f.intensity === 'HARD') return 8
      if (f.intensity === 'MODERATE') return 6
      return s.runType === 'recovery' ? 2 : 3
    default:
      return f.intensity === 'HARD' ? 8 : f.intensity === 'MODERATE' ? 5 : 3
  }
}

/** §3.2 table value with its modifiers (step 1 of §3.4). */
function tableSp(f: StressInputs): number {
  const s = f.s
  switch (s.modality) {
    case 'strength': {
      const legs = s.region === 'lower' || s.region === 'full'
      return strengthTable(f, legs) + (s.toFailure ? 1 : 0) + (s.durationMin > 90 ? 1 : 0)
    }
    case 'run':
      return runTable(f.intensity ?? 'EASY', s, f.longRun) + (f.eccRun ? 1 : 0)
    case 'walk':
      return s.durationMin <= 90 ? 1 : 2
    case 'mobility':
      return 0
    case 'sport':
    case 'other':
      return f.givenRpe === undefined ? 3 : spFromRpe(f.givenRpe)
    default:
      // cycle, elliptical, row, swim: one level under running (001-10, 002-15).
      if (f.intensity === 'HARD') return 4
      if (f.intensity === 'MODERATE') return 2
      return s.durationMin <= 60 ? 1 : 2
  }
}

/**
 * Classifies one session (steps 1–3 of §3.4; the novice-runner bump needs the other sessions and
 * is applied by `finishFacts`). Built as one object literal so every SessionFacts has the same
 * shape: spreading and then adding fields made V8 fall back to slow dictionary objects.
 */
export function sessionFacts(
  s: PlanSession,
  week: number,
  medianRunMin: number | undefined,
): SessionFacts {
  const givenRpe = effectiveRpe(s)
  const cardio = CARDIO.has(s.modality)
  const isStrength = s.modality === 'strength'
  const heavyBase = isStrength && heavyBaseLoad(s.topSetReps, s.pct1rm)
  const moderateBase =
    isStrength &&
    !heavyBase &&
    ((s.topSetReps !== undefined && s.topSetReps >= 7 && s.topSetReps <= 12) ||
      (s.pct1rm !== undefined && s.pct1rm >= 65 && s.pct1rm < 85) ||
      (s.topSetReps === undefined &&
        s.pct1rm === undefined &&
        (givenRpe === undefined || givenRpe >= 5)))
  const isRun = s.modality === 'run'
  const longBound = Math.max(60, 1.5 * (medianRunMin ?? 0))
  const longRun = isRun && (s.runType === 'long' || s.durationMin >= longBound)
  const eccRun =
    isRun &&
    ((s.terrain !== undefined && ECC_TERRAIN.has(s.terrain)) ||
      s.eccentric === true ||
      (s.descentM ?? 0) >= 150)
  const intensity =
    cardio || s.modality === 'sport' || s.modality === 'other' ? cardioIntensity(s, givenRpe) : null
  const start = (week * 7 + s.day) * 1440 + minutesOfDay(s.start)
  const kind: StressInputs = { s, intensity, heavyBase, moderateBase, longRun, eccRun, givenRpe }
  let sp = tableSp(kind)
  if (givenRpe !== undefined && s.modality !== 'mobility') sp = Math.max(sp, spFromRpe(givenRpe))
  sp = Math.min(5, sp)
  const srpe = givenRpe ?? defaultRpe(kind)
  return {
    s,
    week,
    absDay: week * 7 + s.day,
    start,
    end: start + s.durationMin,
    order: 0,
    cardio,
    lowImpact: LOW_IMPACT.has(s.modality),
    intensity,
    heavyBase,
    moderateBase,
    upperOnly: isStrength && (s.region === 'upper' || s.region === 'core'),
    longRun,
    eccRun,
    givenRpe,
    srpe,
    load: srpe * s.durationMin,
    spBase: sp,
    sp,
    heavyLeg: false,
    heavyStr: false,
    keyRun: false,
  }
}

/** Derived predicates that use the final SP (§2.5). */
function finishPredicates(f: SessionFacts): void {
  const strength = f.s.modality === 'strength'
  f.heavyLeg = strength && (f.s.region === 'lower' || f.s.region === 'full') && f.sp >= 4
  f.heavyStr = strength && (f.heavyBase || f.sp >= 4)
  f.keyRun =
    f.s.modality === 'run' && (f.s.priority === 'key' || f.intensity === 'HARD' || f.longRun)
}

/**
 * Orders sessions by start (ties keep input order), applies the novice-runner bump (§3.2, last
 * step of §3.4) and the predicates that depend on the final SP.
 */
export function finishFacts(all: SessionFacts[], client: ClientProfile): SessionFacts[] {
  const ordered = all
    .map((f, index) => ({ f, index }))
    .sort((a, b) => a.f.start - b.f.start || a.index - b.index)
    .map(({ f }, order) => {
      f.order = order
      return f
    })
  if (noviceRunner(client)) {
    const lifts = ordered.filter((f) => f.s.modality === 'strength' && f.spBase >= 2)
    for (const run of ordered) {
      if (run.s.modality !== 'run' || run.spBase < 2) continue
      const afterLift = lifts.some((lift) => {
        const gap = run.start - lift.end
        return lift.order < run.order && gap >= 0 && gap < 360
      })
      if (afterLift) run.sp = Math.max(run.sp, 3)
    }
  }
  for (const f of ordered) finishPredicates(f)
  return ordered
}
