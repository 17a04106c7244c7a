import type { WeekContext } from '../plan-context'
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
import { pop01, pop02, pop03, pop04, pop05 } from './population.rules'
import { prg01, prg02, prg03, prg04, sessionsWithLoads } from './progression.rules'
import { hasJudgeableLine, prg05 } from './rep-max.rules'
import { rdy01, rdy02, rdy03, rdy04, rdy05, rdy06, rdy07, ratedSessions } from './readiness.rules'
import { val01 } from './validation.rules'
import { RULE_CATALOGUE, type RuleId } from './rule-catalogue'
import type { RuleCheck, RuleEntry } from './rule-check'

const missingUnless = (present: boolean, reason: string) => (present ? null : reason)
const ADVICE_OFF = 'nutrition advice is turned off for this client'
const adviceOff = (w: WeekContext) => missingUnless(w.plan.client.adviceEnabled, ADVICE_OFF)

/**
 * Each rule's check, by id: TypeScript holds that every rule of the catalogue has one and nothing
 * else does. The analysis runs them in the catalogue's order (INT-04 reads whether INT-03 fired on
 * its pair, RDY-05 whether RDY-03 fired in its week), the balancer scores the ⟲ rows, and `needs`
 * gives the reasons of `notEvaluated`. A rule's findings take their `placementDependent` flag from
 * its row.
 */
const CHECKS: Record<RuleId, RuleCheck> = {
  'VAL-01': {
    scope: 'plan',
    check: val01,
  },
  'INT-01': {
    scope: 'pair',
    check: int01,
  },
  'INT-02': {
    scope: 'pair',
    check: int02,
  },
  'INT-03': {
    scope: 'pair',
    check: int03,
  },
  'INT-04': {
    scope: 'pair',
    check: (pair, plan, fired) => int04(pair, plan, fired.has('INT-03')),
  },
  'INT-05': {
    scope: 'pair',
    check: int05,
  },
  'INT-06': {
    scope: 'plan',
    check: int06,
  },
  'INT-07': {
    scope: 'pair',
    check: int07,
  },
  'INT-08': {
    scope: 'pair',
    check: int08,
  },
  'INT-09': {
    scope: 'pair',
    check: int09,
  },
  'INT-10': {
    scope: 'pair',
    check: int10,
  },
  'INT-11': {
    scope: 'plan',
    check: int11,
  },
  'INT-12': {
    scope: 'pair',
    check: int12,
  },
  'INT-13': {
    scope: 'pair',
    check: int13,
  },
  'POP-01': {
    scope: 'pair',
    check: pop01,
  },
  'POP-02': {
    scope: 'pair',
    check: pop02,
  },
  'POP-03': {
    scope: 'plan',
    check: pop03,
  },
  'POP-04': {
    scope: 'pair',
    check: pop04,
  },
  'POP-05': {
    scope: 'week',
    check: pop05,
  },
  'PRG-01': {
    scope: 'week',
    check: prg01,
    needs: (w) =>
      missingUnless(
        w.plan.client.enduranceBlockWeek !== undefined,
        'needs the client’s endurance block week',
      ),
  },
  'PRG-02': {
    scope: 'week',
    check: prg02,
    needs: (w) =>
      missingUnless(
        w.history.lastWeekEnduranceMin !== undefined,
        'needs last week’s endurance minutes',
      ),
  },
  'PRG-03': {
    scope: 'week',
    check: prg03,
  },
  'PRG-04': {
    scope: 'week',
    check: prg04,
    needs: (w) =>
      missingUnless(
        sessionsWithLoads(w).length > 0 && w.history.lastLoads !== undefined,
        'needs exercise loads in the plan and the last completed loads',
      ),
  },
  'PRG-05': {
    scope: 'week',
    check: prg05,
    needs: (w) =>
      missingUnless(
        hasJudgeableLine(w),
        'needs exercise lines with reps and a %1RM, or a load and the client’s max for the lift',
      ),
  },
  'BAL-01': {
    scope: 'plan',
    check: bal01,
  },
  'BAL-02': {
    scope: 'week',
    check: bal02,
  },
  'BAL-03': {
    scope: 'week',
    check: bal03,
  },
  'BAL-04': {
    scope: 'week',
    check: bal04,
  },
  'BAL-05': {
    scope: 'week',
    check: bal05,
  },
  'BAL-06': {
    scope: 'week',
    check: bal06,
  },
  'OVR-01': {
    scope: 'week',
    check: ovr01,
    needs: (w) =>
      missingUnless((w.history.dailyLoad?.length ?? 0) >= 28, 'needs 28 days of load history'),
  },
  'OVR-02': {
    scope: 'week',
    check: ovr02,
    needs: (w) =>
      (w.history.weeklyLoad?.length ?? 0) === 0
        ? 'needs at least one earlier week of load'
        : w.deload
          ? 'not evaluated in a deload week'
          : null,
  },
  'OVR-03': {
    scope: 'week',
    check: ovr03,
    needs: (w) =>
      missingUnless(
        (w.history.runMinutesByWeek?.length ?? 0) >= 2,
        'needs running minutes for the last 2 weeks',
      ),
  },
  'OVR-04': {
    scope: 'week',
    check: ovr04,
    needs: (w) =>
      missingUnless(
        (w.history.weeklyStrain?.length ?? 0) >= 12,
        'needs 12 weeks of strain history',
      ),
  },
  'OVR-05': {
    scope: 'week',
    check: ovr05,
    needs: (w) =>
      missingUnless((w.history.dailyLoad?.length ?? 0) >= 42, 'needs 42 days of load history'),
  },
  'OVR-06': {
    scope: 'week',
    check: ovr06,
    needs: (w) =>
      missingUnless((w.history.dailyLoad?.length ?? 0) >= 42, 'needs 42 days of load history'),
  },
  'OVR-07': {
    scope: 'week',
    check: ovr07,
    needs: (w) =>
      missingUnless((w.history.weeklyLoad?.length ?? 0) >= 3, 'needs 3 weeks of load history'),
  },
  'OVR-08': {
    scope: 'week',
    check: ovr08,
  },
  'RDY-01': {
    scope: 'week',
    check: rdy01,
    needs: (w) =>
      missingUnless((w.readiness?.sleepLast3H?.length ?? 0) > 0, 'needs the last nights’ sleep'),
  },
  'RDY-02': {
    scope: 'week',
    check: rdy02,
    needs: (w) =>
      missingUnless(
        w.plan.client.habitualBedtime !== undefined,
        'needs the client’s usual bedtime',
      ),
  },
  'RDY-03': {
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
  'RDY-04': {
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
  'RDY-05': {
    scope: 'week',
    check: rdy05,
    needs: (w) =>
      missingUnless(
        w.readiness?.e1rmChange14dPct !== undefined,
        'needs the key-lift e1RM change over 14 days',
      ),
  },
  'RDY-06': {
    scope: 'week',
    check: rdy06,
    needs: (w) =>
      missingUnless(
        ratedSessions(w).length >= 2,
        'needs 2 completed sessions with planned and actual RPE',
      ),
  },
  'RDY-07': {
    scope: 'week',
    check: rdy07,
    needs: (w) =>
      missingUnless(
        w.readiness !== undefined && Object.keys(w.readiness).length > 0,
        'needs readiness data for the plan’s Monday',
      ),
  },
  'NUT-01': {
    scope: 'week',
    check: nut01,
    needs: adviceOff,
  },
  'NUT-02': {
    scope: 'week',
    check: nut02,
    needs: adviceOff,
  },
  'NUT-03': {
    scope: 'week',
    check: nut03,
    needs: adviceOff,
  },
  'NUT-04': {
    scope: 'week',
    check: nut04,
    needs: adviceOff,
  },
}

/** Every rule of docs/engine-rules.md §5, in the spec's order, with its words and its check. */
export const RULES: readonly RuleEntry[] = RULE_CATALOGUE.map((words) => ({
  ...words,
  ...CHECKS[words.id],
}))

/** The ⟲ rules: what the balancer can change by moving sessions (§6.5's objective). */
export const PLACEMENT_RULES: readonly RuleEntry[] = RULES.filter((r) => r.placementDependent)

/** A rule's row by id. */
export const RULES_BY_ID: ReadonlyMap<string, RuleEntry> = new Map(RULES.map((r) => [r.id, r]))
