import { severityRank } from '../../../shared/engine/finding'
import type { FindingView } from '../../../shared/schemas/analysis.schema'

/** What the findings panel shows: all, or one severity, one week (0-based), one rule. */
export interface FindingsFilter {
  severity: FindingView['severity'] | 'all'
  week: number | 'all'
  /** A rule id, or 'all'. */
  rule: string
}

export const NO_FILTER: FindingsFilter = { severity: 'all', week: 'all', rule: 'all' }

/** The findings the filter lets through, in their order. */
export function filterFindings(
  findings: readonly FindingView[],
  filter: FindingsFilter,
): FindingView[] {
  return findings.filter(
    (f) =>
      (filter.severity === 'all' || f.severity === filter.severity) &&
      (filter.week === 'all' || f.week === filter.week) &&
      (filter.rule === 'all' || f.rule === filter.rule),
  )
}

export interface RuleGroup {
  rule: string
  count: number
  worst: FindingView['severity']
}

/**
 * The rules that fired, each once with how often and how badly (overridden findings left out):
 * a 16-week block with BAL-01 in every week reads "BAL-01 × 16", not sixteen cards first.
 * Worst first, then most frequent, then by rule.
 */
export function ruleGroups(findings: readonly FindingView[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>()
  for (const f of findings) {
    if (f.override) continue
    const group = groups.get(f.rule) ?? { rule: f.rule, count: 0, worst: f.severity }
    group.count++
    if (severityRank(f.severity) > severityRank(group.worst)) group.worst = f.severity
    groups.set(f.rule, group)
  }
  return [...groups.values()].sort(
    (a, b) =>
      severityRank(b.worst) - severityRank(a.worst) ||
      b.count - a.count ||
      a.rule.localeCompare(b.rule),
  )
}
