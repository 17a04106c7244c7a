import type { RuleFinding } from '../finding'
import type { PlanContext, WeekContext } from '../plan-context'
import type { Pair } from './pairs'
import type { RuleWords } from './rule-catalogue'

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

/** A rule as the analysis runs it: its words from the catalogue and its check from the registry. */
export type RuleEntry = RuleCheck & RuleWords
