import type { RuleFinding } from '../finding'
import type { PlanContext, WeekContext } from '../plan-context'
import { bal01, bal02, bal03, bal04, bal05, bal06 } from './balance.rules'
import { int06, int11 } from './interference-day.rules'
import {
  int01,
  int02,
  int03,
  int04,
  int05,
  int07,
  int08,
  int09,
  int10,
} from './interference-pair.rules'
import { int12, int13 } from './interference-same-day.rules'
import { nut01, nut02, nut03, nut04 } from './nutrition.rules'
import { ovr01, ovr02, ovr03, ovr04, ovr05, ovr06, ovr07, ovr08 } from './overreaching.rules'
import type { Pair } from './pairs'
import { pop01, pop02, pop03, pop04, pop05 } from './population.rules'
import { prg01, prg02, prg03, prg04, sessionsWithLoads } from './progression.rules'
import { hasJudgeableLine, prg05 } from './rep-max.rules'
import { rdy01, rdy02, rdy03, rdy04, rdy05, rdy06, rdy07, ratedSessions } from './readiness.rules'
import { val01 } from './validation.rules'

/** The ids of the rules that have already fired on the same subject (pair or week). */
export type FiredSoFar = ReadonlySet<string>

/** What a rule looks at: every pair of sessions, the whole plan, or one week at a time. */
export type RuleCheck =
  | {
      scope: 'pair'
      check: (pair: Pair, plan: PlanContext, fired: FiredSoFar) => RuleFinding | null
    }
  | { scope: 'plan'; check: (plan: PlanContext, overlaps: readonly Pair[]) => RuleFinding[] }
  | {
      scope: 'week'
      check: (week: WeekContext, fired: FiredSoFar) => RuleFinding[]
      /**
       * §3.4 NOT_EVALUATED: what the rule lacks for this week, in words, or null when its data
       * are there. A rule that lacks them is listed with the reason, never silently skipped.
       */
      needs?: (week: WeekContext) => string | null
    }

export type RuleEntry = RuleCheck & {
  id: string
  /** The rule's name in docs/engine-rules.md §5. */
  title: string
  /**
   * A few words for a row of the sheet, beside the rule's code ("hard days in a row · BAL-01");
   * {gap} stands for the pair's gap in hours ("4 h gap · INT-01").
   */
  short: string
  /** ⟲ in §5: moving sessions can clear it, so it is the balancer's objective (§6.5). */
  placementDependent: boolean
}

const missingUnless = (present: boolean, reason: string) => (present ? null : reason)
const ADVICE_OFF = 'nutrition advice is turned off for this client'
const adviceOff = (w: WeekContext) => missingUnless(w.plan.client.adviceEnabled, ADVICE_OFF)

/**
 * Every rule of docs/engine-rules.md §5 (v1.2: 49), declared once, in the spec's order. The
 * analysis runs them in this order (INT-04 reads whether INT-03 fired on its pair, RDY-05 whether
 * RDY-03 fired in its week), the balancer scores the ⟲ rows, and `needs` gives the reasons of
 * `notEvaluated`. A rule's findings take their `placementDependent` flag from its row.
 */
export const RULES: readonly RuleEntry[] = [
  {
    id: 'VAL-01',
    title: 'Schedule validity',
    short: 'clash',
    placementDependent: true,
    scope: 'plan',
    check: val01,
  },
  {
    id: 'INT-01',
    title: 'Concurrent sessions < 6 h apart (strength-priority goals)',
    short: '{gap} h gap',
    placementDependent: true,
    scope: 'pair',
    check: int01,
  },
  {
    id: 'INT-02',
    title: 'Cardio placed before lifting (strength/hypertrophy)',
    short: 'run before lift',
    placementDependent: true,
    scope: 'pair',
    check: int02,
  },
  {
    id: 'INT-03',
    title: 'Hard or long cardio after heavy lifting',
    short: 'hard run after heavy lift',
    placementDependent: true,
    scope: 'pair',
    check: int03,
  },
  {
    id: 'INT-04',
    title: 'Post-lift cardio dose (same session)',
    short: 'long post-lift cardio',
    placementDependent: true,
    scope: 'pair',
    check: (pair, plan, fired) => int04(pair, plan, fired.has('INT-03')),
  },
  {
    id: 'INT-05',
    title: 'Eccentric (hilly/downhill) run within 48 h of heavy legs',
    short: 'hills near heavy legs',
    placementDependent: true,
    scope: 'pair',
    check: int05,
  },
  {
    id: 'INT-06',
    title: 'HIIT stacked with heavy lifting on the same day',
    short: 'HIIT + heavy same day',
    placementDependent: true,
    scope: 'plan',
    check: int06,
  },
  {
    id: 'INT-07',
    title: 'Training to failure before a run',
    short: 'failure before run',
    placementDependent: true,
    scope: 'pair',
    check: int07,
  },
  {
    id: 'INT-08',
    title: 'Endurance priority: lifting before a key run',
    short: 'lift before key run',
    placementDependent: true,
    scope: 'pair',
    check: int08,
  },
  {
    id: 'INT-09',
    title: 'Endurance priority: heavy legs within 24 h before a key run',
    short: 'heavy legs before key run',
    placementDependent: true,
    scope: 'pair',
    check: int09,
  },
  {
    id: 'INT-10',
    title: 'Endurance priority: heavy legs right after a key run',
    short: 'legs after key run',
    placementDependent: true,
    scope: 'pair',
    check: int10,
  },
  {
    id: 'INT-11',
    title: 'Running on a heavy-leg day for injury-prone clients',
    short: 'run on leg day',
    placementDependent: true,
    scope: 'plan',
    check: int11,
  },
  {
    id: 'INT-12',
    title: 'Two intense cardio sessions on one day',
    short: 'two hard cardio',
    placementDependent: true,
    scope: 'pair',
    check: int12,
  },
  {
    id: 'INT-13',
    title: 'The same body region lifted twice on one day',
    short: 'region lifted twice',
    placementDependent: true,
    scope: 'pair',
    check: int13,
  },
  {
    id: 'POP-01',
    title: 'Beginner: modalities not yet separated',
    short: 'beginner: split them',
    placementDependent: true,
    scope: 'pair',
    check: pop01,
  },
  {
    id: 'POP-02',
    title: 'New runner: post-lift run',
    short: 'new runner after lift',
    placementDependent: true,
    scope: 'pair',
    check: pop02,
  },
  {
    id: 'POP-03',
    title: 'Active injury conflict',
    short: 'injured region',
    placementDependent: false,
    scope: 'plan',
    check: pop03,
  },
  {
    id: 'POP-04',
    title: 'Limited recovery capacity: stacked concurrent sessions',
    short: 'recovery: split them',
    placementDependent: true,
    scope: 'pair',
    check: pop04,
  },
  {
    id: 'POP-05',
    title: 'Competitive strength/power athlete in peak phase',
    short: 'peak phase',
    placementDependent: false,
    scope: 'week',
    check: pop05,
  },
  {
    id: 'PRG-01',
    title: 'Endurance entry dose for high-frequency lifters',
    short: 'endurance start',
    placementDependent: false,
    scope: 'week',
    check: prg01,
    needs: (w) =>
      missingUnless(
        w.plan.client.enduranceBlockWeek !== undefined,
        'needs the client’s endurance block week',
      ),
  },
  {
    id: 'PRG-02',
    title: 'Endurance progression gate',
    short: 'endurance gate',
    placementDependent: false,
    scope: 'week',
    check: prg02,
    needs: (w) =>
      missingUnless(
        w.history.lastWeekEnduranceMin !== undefined,
        'needs last week’s endurance minutes',
      ),
  },
  {
    id: 'PRG-03',
    title: 'Continuous run too long for current running ability',
    short: 'run too long',
    placementDependent: false,
    scope: 'week',
    check: prg03,
  },
  {
    id: 'PRG-04',
    title: 'Strength load jump',
    short: 'load jump',
    placementDependent: false,
    scope: 'week',
    check: prg04,
    needs: (w) =>
      missingUnless(
        sessionsWithLoads(w).length > 0 && w.history.lastLoads !== undefined,
        'needs exercise loads in the plan and the last completed loads',
      ),
  },
  {
    id: 'PRG-05',
    title: "Prescription past the client's rep max",
    short: 'past rep max',
    placementDependent: false,
    scope: 'week',
    check: prg05,
    needs: (w) =>
      missingUnless(
        hasJudgeableLine(w),
        'needs exercise lines with reps and a %1RM, or a load and the client’s max for the lift',
      ),
  },
  {
    id: 'BAL-01',
    title: 'Consecutive HIGH days',
    short: 'hard days in a row',
    placementDependent: true,
    scope: 'plan',
    check: bal01,
  },
  {
    id: 'BAL-02',
    title: 'Too many HIGH days',
    short: 'too many hard days',
    placementDependent: false,
    scope: 'week',
    check: bal02,
  },
  {
    id: 'BAL-03',
    title: 'Missing recovery day',
    short: 'no recovery day',
    placementDependent: false,
    scope: 'week',
    check: bal03,
  },
  {
    id: 'BAL-04',
    title: 'Monotony',
    short: 'monotony',
    placementDependent: false,
    scope: 'week',
    check: bal04,
  },
  {
    id: 'BAL-05',
    title: 'Easy session planned too hard',
    short: 'easy run too hard',
    placementDependent: false,
    scope: 'week',
    check: bal05,
  },
  {
    id: 'BAL-06',
    title: 'No heavy strength exposure',
    short: 'no heavy lifting',
    placementDependent: false,
    scope: 'week',
    check: bal06,
  },
  {
    id: 'OVR-01',
    title: 'ACWR spike or underload',
    short: 'ACWR',
    placementDependent: false,
    scope: 'week',
    check: ovr01,
    needs: (w) =>
      missingUnless((w.history.dailyLoad?.length ?? 0) >= 28, 'needs 28 days of load history'),
  },
  {
    id: 'OVR-02',
    title: 'Week-over-week load jump',
    short: 'load jump',
    placementDependent: false,
    scope: 'week',
    check: ovr02,
    needs: (w) =>
      (w.history.weeklyLoad?.length ?? 0) === 0
        ? 'needs at least one earlier week of load'
        : w.deload
          ? 'not evaluated in a deload week'
          : null,
  },
  {
    id: 'OVR-03',
    title: 'Running-volume progression',
    short: 'running ramp',
    placementDependent: false,
    scope: 'week',
    check: ovr03,
    needs: (w) =>
      missingUnless(
        (w.history.runMinutesByWeek?.length ?? 0) >= 2,
        'needs running minutes for the last 2 weeks',
      ),
  },
  {
    id: 'OVR-04',
    title: 'Strain above personal threshold',
    short: 'strain',
    placementDependent: false,
    scope: 'week',
    check: ovr04,
    needs: (w) =>
      missingUnless(
        (w.history.weeklyStrain?.length ?? 0) >= 12,
        'needs 12 weeks of strain history',
      ),
  },
  {
    id: 'OVR-05',
    title: 'Form (TSB) too negative / detraining',
    short: 'form (TSB)',
    placementDependent: false,
    scope: 'week',
    check: ovr05,
    needs: (w) =>
      missingUnless((w.history.dailyLoad?.length ?? 0) >= 42, 'needs 42 days of load history'),
  },
  {
    id: 'OVR-06',
    title: 'Fitness ramp rate',
    short: 'fitness ramp',
    placementDependent: false,
    scope: 'week',
    check: ovr06,
    needs: (w) =>
      missingUnless((w.history.dailyLoad?.length ?? 0) >= 42, 'needs 42 days of load history'),
  },
  {
    id: 'OVR-07',
    title: 'Deload overdue',
    short: 'deload due',
    placementDependent: false,
    scope: 'week',
    check: ovr07,
    needs: (w) =>
      missingUnless((w.history.weeklyLoad?.length ?? 0) >= 3, 'needs 3 weeks of load history'),
  },
  {
    id: 'OVR-08',
    title: 'Ineffective deload',
    short: 'deload not light',
    placementDependent: false,
    scope: 'week',
    check: ovr08,
  },
  {
    id: 'RDY-01',
    title: 'Short sleep before a HIGH day',
    short: 'short sleep',
    placementDependent: false,
    scope: 'week',
    check: rdy01,
    needs: (w) =>
      missingUnless((w.readiness?.sleepLast3H?.length ?? 0) > 0, 'needs the last nights’ sleep'),
  },
  {
    id: 'RDY-02',
    title: 'Session start erodes the sleep window',
    short: 'too early for sleep',
    placementDependent: true,
    scope: 'week',
    check: rdy02,
    needs: (w) =>
      missingUnless(
        w.plan.client.habitualBedtime !== undefined,
        'needs the client’s usual bedtime',
      ),
  },
  {
    id: 'RDY-03',
    title: 'HRV suppressed',
    short: 'HRV low',
    placementDependent: false,
    scope: 'week',
    check: rdy03,
    needs: (w) => {
      const base = w.readiness?.hrvBaseline
      return missingUnless(
        (w.readiness?.hrvLast7?.length ?? 0) >= 3 && base !== undefined && base.n >= 14,
        'needs ≥3 HRV readings this week and a baseline of ≥14',
      )
    },
  },
  {
    id: 'RDY-04',
    title: 'Subjective red flags (today)',
    short: 'sore or tired',
    placementDependent: false,
    scope: 'week',
    check: rdy04,
    needs: (w) => {
      const r = w.readiness
      return missingUnless(
        r !== undefined &&
          (r.sorenessLower !== undefined || r.fatigue !== undefined || r.painRegions !== undefined),
        'needs soreness, fatigue or pain for the plan’s Monday',
      )
    },
  },
  {
    id: 'RDY-05',
    title: 'Performance decline with readiness flags',
    short: 'overreaching?',
    placementDependent: false,
    scope: 'week',
    check: rdy05,
    needs: (w) =>
      missingUnless(
        w.readiness?.e1rmChange14dPct !== undefined,
        'needs the key-lift e1RM change over 14 days',
      ),
  },
  {
    id: 'RDY-06',
    title: 'RPE drift',
    short: 'RPE drift',
    placementDependent: false,
    scope: 'week',
    check: rdy06,
    needs: (w) =>
      missingUnless(
        ratedSessions(w).length >= 2,
        'needs 2 completed sessions with planned and actual RPE',
      ),
  },
  {
    id: 'RDY-07',
    title: 'Illness',
    short: 'illness',
    placementDependent: false,
    scope: 'week',
    check: rdy07,
    needs: (w) =>
      missingUnless(
        w.readiness !== undefined && Object.keys(w.readiness).length > 0,
        'needs readiness data for the plan’s Monday',
      ),
  },
  {
    id: 'NUT-01',
    title: 'Logged protein intake below 1.6 g/kg/day',
    short: 'protein',
    placementDependent: false,
    scope: 'week',
    check: nut01,
    needs: adviceOff,
  },
  {
    id: 'NUT-02',
    title: 'Fuelling two-a-days and HIGH days',
    short: 'fuelling',
    placementDependent: false,
    scope: 'week',
    check: nut02,
    needs: adviceOff,
  },
  {
    id: 'NUT-03',
    title: 'Energy deficit with high running and lifting volume',
    short: 'energy deficit',
    placementDependent: false,
    scope: 'week',
    check: nut03,
    needs: adviceOff,
  },
  {
    id: 'NUT-04',
    title: 'Both modalities and no mobility work',
    short: 'mobility',
    placementDependent: false,
    scope: 'week',
    check: nut04,
    needs: adviceOff,
  },
]

/** The ⟲ rules: what the balancer can change by moving sessions (§6.5's objective). */
export const PLACEMENT_RULES: readonly RuleEntry[] = RULES.filter((r) => r.placementDependent)

/** A rule's row by id. */
export const RULES_BY_ID: ReadonlyMap<string, RuleEntry> = new Map(RULES.map((r) => [r.id, r]))

/** A finding in a few words and its code, for a row of the sheet: "4 h gap · INT-01". */
export function findingWords(f: { rule: string; metrics?: Record<string, number> | undefined }) {
  const short = RULES_BY_ID.get(f.rule)?.short
  if (!short) return f.rule
  const gap = f.metrics?.gapH
  const words = short.replace('{gap}', gap === undefined ? '?' : String(Math.round(gap * 10) / 10))
  return `${words} · ${f.rule}`
}
