import type { Finding, NotEvaluated, RuleFinding } from '../finding'
import type { PlanContext, WeekContext } from '../plan-context'
import { enumeratePairs } from './pairs'
import type { RuleEntry } from './rule-check'

type PairRule = Extract<RuleEntry, { scope: 'pair' }>

const NONE_FIRED: ReadonlySet<string> = new Set()

export interface RuleResults {
  findings: Finding[]
  notEvaluated: NotEvaluated[]
}

/**
 * The rule's ⟲ flag on a finding its function built. Set in place rather than by a spread: a
 * roster check builds a hundred thousand findings, and copying each one showed in its profile.
 */
function stamp(finding: RuleFinding, rule: RuleEntry): Finding {
  const stamped = finding as Finding
  stamped.placementDependent = rule.placementDependent
  return stamped
}

/**
 * Runs `rules` (rows of the registry, in its order) over a plan: pair rules over every pair of
 * sessions within 48 h (§0.3), plan rules once, week rules per week with their data check first.
 */
export function runRules(
  plan: PlanContext,
  rules: readonly RuleEntry[],
  weeks: readonly WeekContext[],
): RuleResults {
  const findings: Finding[] = []
  const notEvaluated: NotEvaluated[] = []
  const pairRules = rules.filter((r): r is PairRule => r.scope === 'pair')
  const { pairs, overlaps } = enumeratePairs(plan.facts)
  if (pairRules.length > 0) {
    for (const pair of pairs) {
      // Most pairs fire nothing: a set is made only for a pair that does (the balancer scores
      // thousands of arrangements, each with hundreds of pairs).
      let fired: Set<string> | null = null
      for (const rule of pairRules) {
        const finding = rule.check(pair, plan, fired ?? NONE_FIRED)
        if (!finding) continue
        ;(fired ??= new Set()).add(rule.id)
        findings.push(stamp(finding, rule))
      }
    }
  }
  for (const rule of rules) {
    if (rule.scope === 'plan') {
      for (const f of rule.check(plan, overlaps)) findings.push(stamp(f, rule))
    }
  }
  for (const week of weeks) {
    const fired = new Set<string>()
    for (const rule of rules) {
      if (rule.scope !== 'week') continue
      const missing = rule.needs?.(week) ?? null
      if (missing !== null) {
        notEvaluated.push({ rule: rule.id, reason: missing, week: week.week })
        continue
      }
      const found = rule.check(week, fired)
      if (found.length > 0) fired.add(rule.id)
      for (const f of found) findings.push(stamp(f, rule))
    }
  }
  return { findings, notEvaluated }
}
