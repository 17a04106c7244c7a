import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'

export interface SkippedRule {
  rule: string
  reason: string
  /** The weeks it could not run in, as the coach reads them: "week 2", "weeks 1–3, 5". */
  weeks: string
}

/** 1-based week numbers as runs: [0, 1, 2, 4] → "1–3, 5". */
export function weekRuns(weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b)
  const runs: string[] = []
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++
    const last = sorted[i]!
    runs.push(first === last ? `${first + 1}` : `${first + 1}–${last + 1}`)
  }
  return runs.join(', ')
}

/**
 * The rules the engine could not run, one line per rule and reason with the weeks it applies to,
 * in rule order: the engine never skips a rule silently, and neither does the screen.
 */
export function skippedRules(notEvaluated: BlockAnalysis['notEvaluated']): SkippedRule[] {
  const groups = new Map<string, { rule: string; reason: string; weeks: number[] }>()
  for (const { rule, reason, week } of notEvaluated) {
    const key = `${rule}|${reason}`
    const group = groups.get(key)
    if (group) group.weeks.push(week)
    else groups.set(key, { rule, reason, weeks: [week] })
  }
  return [...groups.values()]
    .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
    .map(({ rule, reason, weeks }) => ({
      rule,
      reason,
      weeks: `${new Set(weeks).size === 1 ? 'week' : 'weeks'} ${weekRuns(weeks)}`,
    }))
}
