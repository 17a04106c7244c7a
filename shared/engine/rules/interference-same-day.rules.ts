import { limitedRecovery, noviceRunner } from '../client-facts'
import { describe, planDayName } from '../describe'
import { downgrade } from '../finding'
import { apart } from '../gap-words'
import type { RuleFinding, Severity } from '../finding'
import type { PlanContext } from '../plan-context'
import type { SessionFacts } from '../session-facts'
import type { Pair } from './pairs'
import { isStrength, isWalk } from './pairs'
import { REGION_WORDS, loadedRegions } from './population.rules'
import { pairFinding } from './rule-kit'

const H6 = 360

/** §2.5 "same day": both sessions start on one calendar day (INT-12, INT-13). */
const sameDay = (p: Pair) => p.a.absDay === p.b.absDay

/**
 * INT-12's sessions: a run or low-impact cardio (never a walk) at MODERATE or HARD intensity, or a
 * LONG_RUN (v1.2: its 48–72 h restoration makes it as costly as a hard session, §3.2).
 */
export const isIntenseCardio = (f: SessionFacts) =>
  f.cardio && !isWalk(f) && (f.intensity === 'HARD' || f.intensity === 'MODERATE' || f.longRun)

/** INT-12's "at least one": a HARD session or a long run. */
const hardOrLong = (f: SessionFacts) => f.intensity === 'HARD' || f.longRun

/**
 * INT-12 (§5.1): two intense cardio sessions on one day, at least one of them HARD or a long run,
 * so a long run and intervals on one day fire, a long run and an easy jog do not. Any goal, order
 * or gap; the next calendar day never counts, however close (that is BAL-01's).
 */
export function int12(p: Pair, plan: PlanContext): RuleFinding | null {
  const { a, b } = p
  if (!sameDay(p) || !isIntenseCardio(a) || !isIntenseCardio(b)) return null
  if (!hardOrLong(a) && !hardOrLong(b)) return null
  const client = plan.client
  // First matching line (§3.4): the close-together tier for the least robust clients comes first.
  let severity: Severity = 'warn'
  if (p.gapMin < H6 && (noviceRunner(client) || limitedRecovery(client))) severity = 'critical'
  else if (client.goal === 'endurance' && client.experienceRunning === 'advanced') severity = 'info'
  return pairFinding(
    'INT-12',
    severity,
    p,
    a.longRun || b.longRun
      ? longRunWords(p, plan)
      : {
          message: `${describe(a, plan.weekCount)} and ${describe(b, plan.weekCount)} are both intense cardio on ${planDayName(plan.weekCount, a.absDay)}, ${apart(p.gapMin)}. Two hard sessions on one day pay the same recovery cost twice: keep one intense cardio session per day and make the rest of the day easy.`,
          fix: 'Move one of them to a low-stress or rest day that holds no other intense cardio; or make one of them easy (Zone 2, conversational) or replace it with mobility.',
        },
    // A long run in the pair, for the sheet's few words (rule-catalogue.ts).
    a.longRun || b.longRun ? { longRun: 1 } : {},
  )
}

/** The other session of a long-run pair in a coach's words: "intervals", "a tempo run". */
function qualityWords(f: SessionFacts): string {
  if (f.longRun) return 'another long run'
  if (f.s.modality !== 'run') return `${f.intensity === 'HARD' ? 'hard' : 'moderate'} cardio`
  const words: Partial<Record<string, string>> = {
    intervals: 'intervals',
    sprints: 'sprints',
    hill_repeats: 'hill repeats',
    tempo: 'a tempo run',
    threshold: 'a threshold run',
    race: 'a race',
  }
  return words[f.s.runType ?? ''] ?? `a ${f.intensity === 'HARD' ? 'hard' : 'moderate'} run`
}

/**
 * INT-12 with a long run in the pair (v1.2): a long run is usually easy, Zone 2, so "both intense"
 * and "make one of them easy" would misread it. What it costs is its 48–72 h of restoration (§3.2);
 * the answer is a long-run day free of quality work (Blockwise, §9).
 */
function longRunWords(p: Pair, plan: PlanContext): { message: string; fix: string } {
  const other = p.a.longRun ? p.b : p.a
  return {
    message: `${describe(p.a, plan.weekCount)} and ${describe(p.b, plan.weekCount)} put a long run and ${qualityWords(other)} on ${planDayName(plan.weekCount, p.a.absDay)}, ${apart(p.gapMin)}. A long run takes 48–72 h to recover from, like a hard session, so quality work on its day is done on tired legs and pays the recovery cost twice.`,
    fix: `Keep the long run's day free of quality work: move ${describe(other, plan.weekCount)} to a low-stress or rest day that holds no other intense cardio, or make it an easy jog or mobility.`,
  }
}

/** INT-13's lifts: strength with SP ≥ 2 that is not rehab work. */
const countsForInt13 = (f: SessionFacts) => isStrength(f) && f.sp >= 2 && f.s.tag !== 'rehab'

/**
 * INT-13 (§5.1): the same body region lifted twice on one day. Regions are POP-03's (full body
 * loads lower and upper); a day without a common lower-body region is one level milder.
 */
export function int13(p: Pair, plan: PlanContext): RuleFinding | null {
  const { a, b } = p
  if (!sameDay(p) || !countsForInt13(a) || !countsForInt13(b)) return null
  const bRegions = new Set(loadedRegions(b))
  const common = loadedRegions(a).filter((r) => bRegions.has(r))
  if (common.length === 0) return null
  let severity: Severity | null = a.heavyStr || b.heavyStr ? 'warn' : 'info'
  if (!common.includes('lower')) severity = downgrade(severity)
  if (!severity) return null
  const regions = common.map((r) => REGION_WORDS[r]).join(' and ')
  return pairFinding('INT-13', severity, p, {
    message: `${describe(a, plan.weekCount)} and ${describe(b, plan.weekCount)} both load the ${regions} on ${planDayName(plan.weekCount, a.absDay)}, ${apart(p.gapMin)}. That's double stress on the same muscles and joints before they have recovered from the first session.`,
    fix: 'Move one of them to a day on which that region is not lifted, or merge the two into one session; or make the second one light (technique work, more than 12 reps).',
  })
}
