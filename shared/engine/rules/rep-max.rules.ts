import { setAmount } from '../../exercises/compact-line'
import { DEFAULT_INCREMENT, LB_PER_KG } from '../../exercises/loads'
import type { ClientProfile } from '../../schemas/client.schema'
import type { Exercise } from '../../schemas/session.schema'
import type { RuleFinding, Severity } from '../finding'
import type { PlanMax } from '../lift-maxes'
import type { WeekContext } from '../plan-context'
import { RM, pctForReps } from '../rep-max'
import type { SessionFacts } from '../session-facts'

/** A line PRG-05 can judge: its reps and its intensity p in % of the tested 1RM (§5.3). */
interface JudgedLine {
  reps: number
  /** % of the tested 1RM. */
  pct: number
  /** The max it was read against, when the client has one for the lift. */
  max: PlanMax | undefined
  /** How the coach wrote the intensity: a %1RM (of a training max when `max` has one) or a load. */
  by: 'pct1rm' | 'load'
}

/**
 * §5.3 PRG-05's reading of a line: p = pct1rm × trainingMaxPct/100 for a %1RM line (the training
 * max of the lift's entry, 100 without one); else 100 × loadKg / oneRmKg when the client has a max
 * for the lift. Lines without reps (held or distance sets) or without either are not judged.
 */
export function judgedLine(line: Exercise, maxOf: WeekContext['plan']['maxOf']): JudgedLine | null {
  if (line.reps === undefined) return null
  if (line.pct1rm !== undefined) {
    const max = maxOf(line.name)
    return {
      reps: line.reps,
      pct: (line.pct1rm * (max?.trainingMaxPct ?? 100)) / 100,
      max,
      by: 'pct1rm',
    }
  }
  if (line.loadKg === undefined) return null
  const max = maxOf(line.name)
  if (!max) return null
  return { reps: line.reps, pct: (100 * line.loadKg) / max.oneRmKg, max, by: 'load' }
}

/** §3.4 NOT_EVALUATED for PRG-05: whether any line of the week can be judged. */
export function hasJudgeableLine(ctx: WeekContext): boolean {
  return ctx.facts.some((f) => f.s.exercises?.some((e) => judgedLine(e, ctx.plan.maxOf) !== null))
}

/** Keeps the spec's boundaries exact: 12 @ 75 % is 2 reps past RM(75) = 10, not 2.000000000000002. */
const EPSILON = 1e-9

/** §5.3 severity: past 100 % or more than 2 reps past RM(p) is critical; past 0.5 reps, warn. */
export function repMaxSeverity(reps: number, pct: number): Severity | null {
  const excess = reps - RM(pct)
  if (pct > 100 || excess > 2 + EPSILON) return 'critical'
  if (excess > 0.5 + EPSILON) return 'warn'
  return null
}

/** At most one decimal, none when whole: 76.5, 90, 94.4 (never a raw float in a message). */
const oneDecimal = (x: number) => String(Math.round(x * 10) / 10)

/** A mass in the client's unit, at most one decimal: "170 kg", "375 lb". */
function mass(kg: number, client: ClientProfile): string {
  return client.units === 'lb' ? `${oneDecimal(kg * LB_PER_KG)} lb` : `${oneDecimal(kg)} kg`
}

/** The heaviest load at or under `kg` the client's plates make, in their unit: "110 kg". */
function loadAtMost(kg: number, client: ClientProfile): string {
  const lb = client.units === 'lb'
  const kgStep = client.loadIncrementKg
  const step = lb
    ? kgStep === undefined
      ? DEFAULT_INCREMENT.lb
      : Math.round(kgStep * LB_PER_KG * 1000) / 1000
    : (kgStep ?? DEFAULT_INCREMENT.kg)
  const inUnit = lb ? kg * LB_PER_KG : kg
  const floored = Math.floor(inUnit / step + 1e-9) * step
  return `${oneDecimal(floored)} ${lb ? 'lb' : 'kg'}`
}

/** "Back squat 2 × 5", "Walking lunge 3 × 10/leg", "Bench press 3 × 8-12". */
function lineName(line: Exercise): string {
  const amount = setAmount(line)
  return line.sets !== undefined
    ? `${line.name} ${line.sets} × ${amount}`
    : `${line.name} ${amount} reps`
}

/** How hard the line is, as the coach wrote it and in % of the tested 1RM. */
function intensityWords(line: Exercise, judged: JudgedLine, client: ClientProfile): string {
  const pct = oneDecimal(judged.pct)
  const tm = judged.max?.trainingMaxPct
  if (judged.by === 'load' && judged.max)
    return `${mass(line.loadKg ?? 0, client)}, ${pct} % of the ${mass(judged.max.oneRmKg, client)} max`
  if (tm !== undefined && tm !== 100)
    return `${oneDecimal(line.pct1rm ?? 0)} % of a ${oneDecimal(tm)} % training max (${pct} % of 1RM)`
  return `${pct} % of 1RM`
}

/** The fix: two reps in reserve (§5.3), in the terms the line uses, with a load when known. */
function fixWords(line: Exercise, judged: JudgedLine, client: ClientProfile): string {
  const target = pctForReps(judged.reps, 2)
  const tm = judged.max?.trainingMaxPct
  const parts = [`${Math.floor(target)} % of 1RM`]
  if (judged.by === 'pct1rm' && tm !== undefined && tm !== 100)
    parts.push(`${Math.floor((target * 100) / tm)} % of the training max`)
  if (judged.max) parts.push(loadAtMost((judged.max.oneRmKg * target) / 100, client))
  const load = `Lower ${line.name} to about ${parts[0]}${parts.length > 1 ? ` (${parts.slice(1).join(', ')})` : ''}, which leaves two reps in reserve`
  const fewer = Math.floor(RM(judged.pct))
  if (judged.pct > 100)
    return `${load}. If the client has got stronger, test the max again and record it first.`
  if (fewer >= 1) return `${load}, or cut the reps to ${fewer} or fewer.`
  // Past Epley's single (96.8 %) a single is still within the formula's error up to about 98.4 %.
  return repMaxSeverity(1, judged.pct) === null ? `${load}, or make it a single.` : `${load}.`
}

/**
 * The reps RM(p) allows, as a coach reads them: "at most a single" near a max (Epley gives less
 * than one rep from 96.8 %, though a single is by definition possible up to 100 %), "about 3 reps"
 * within a quarter rep of a whole number, else the two it lies between, "3–4 reps" (never "3.5 reps").
 */
export function repsPossibleWords(possible: number): string {
  if (possible < 1) return 'at most a single'
  const whole = Math.round(possible)
  if (Math.abs(possible - whole) < 0.25) return `about ${whole} rep${whole === 1 ? '' : 's'}`
  return `${Math.floor(possible)}–${Math.ceil(possible)} reps`
}

/** What the client can do at that load, in words. */
function possibleWords(judged: JudgedLine): string {
  if (judged.pct > 100) return 'that is more than the client’s 1RM, so no rep is possible'
  const possible = RM(judged.pct)
  const words = repsPossibleWords(possible)
  const verb = possible < 1 || words === 'about 1 rep' ? 'is' : 'are'
  return `${words} ${verb} possible at that load, so ${judged.reps} will be missed or ground out`
}

/** One PRG-05 finding about line `index` of session `f`. */
function lineFinding(
  f: SessionFacts,
  index: number,
  line: Exercise,
  judged: JudgedLine,
  severity: Severity,
  client: ClientProfile,
): RuleFinding {
  return {
    rule: 'PRG-05',
    severity,
    week: f.week,
    day: f.s.day,
    sessions: [f.s.id],
    line: index,
    message: `${lineName(line)} at ${intensityWords(line, judged, client)}: ${possibleWords(judged)}.`,
    fix: fixWords(line, judged, client),
    metrics: {
      reps: judged.reps,
      repsPossible: Math.round(RM(judged.pct) * 10) / 10,
      pct1rm: Math.round(judged.pct * 10) / 10,
    },
  }
}

/**
 * PRG-05 (§5.3, v1.2; Epley 1985, Helms 2016): a line prescribing more reps than the client can
 * lift at its load, by RM(p). One finding per line; a set at or just past the rep max (within half
 * a rep) is within the formula's error.
 */
export function prg05(ctx: WeekContext): RuleFinding[] {
  const findings: RuleFinding[] = []
  const client = ctx.plan.client
  for (const f of ctx.facts) {
    const lines = f.s.exercises ?? []
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      const judged = judgedLine(line, ctx.plan.maxOf)
      if (!judged) continue
      const severity = repMaxSeverity(judged.reps, judged.pct)
      if (severity) findings.push(lineFinding(f, i, line, judged, severity, client))
    }
  }
  return findings
}
