import type { BlockAnalysis, FindingView } from '../../../shared/schemas/analysis.schema'

/** What a previewed change does to the findings: those it adds, and how many it clears. */
export interface FindingsDiff {
  added: FindingView[]
  gone: number
}

/** One rule at one severity among the findings a change adds, with the weeks it speaks in. */
export interface AddedGroup {
  rule: string
  severity: FindingView['severity']
  /** Block weeks, 0-based, in order, each once. */
  weeks: number[]
  /** The first finding of the group, whose words stand for the rest. */
  first: FindingView
  count: number
  /** The %1RM of each finding that names one (PRG-05), so the group can show them all. */
  pct1rm: number[]
}

const findingKey = (f: FindingView) => `${f.rule}|${f.subject}|${f.severity}`

/** Findings the change adds (by rule, subject and severity), and how many it clears. */
export function findingsDiff(now: BlockAnalysis, after: BlockAnalysis): FindingsDiff {
  const before = new Set(now.findings.map(findingKey))
  const afterKeys = new Set(after.findings.map(findingKey))
  return {
    added: after.findings.filter((f) => !before.has(findingKey(f))),
    gone: now.findings.filter((f) => !afterKeys.has(findingKey(f))).length,
  }
}

const RANK = { critical: 0, warn: 1, info: 2 } as const

const pctOf = (f: FindingView) => (f.metrics?.pct1rm === undefined ? [] : [f.metrics.pct1rm])

/**
 * The added findings by rule and severity, worst first, then in the order they first appear:
 * a progression that passes a rep max from week 3 reads "PRG-05 (warn), weeks 3–5" once rather
 * than as six lines that push everything else out of view.
 */
export function addedByRule(added: readonly FindingView[]): AddedGroup[] {
  const groups = new Map<string, AddedGroup>()
  for (const f of added) {
    const key = `${f.rule}|${f.severity}`
    const group = groups.get(key)
    if (!group) {
      groups.set(key, {
        rule: f.rule,
        severity: f.severity,
        weeks: [f.week],
        first: f,
        count: 1,
        pct1rm: pctOf(f),
      })
      continue
    }
    group.count++
    group.pct1rm.push(...pctOf(f))
    if (!group.weeks.includes(f.week)) group.weeks.push(f.week)
  }
  return [...groups.values()]
    .map((g) => ({ ...g, weeks: [...g.weeks].sort((a, b) => a - b) }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity])
}

/** 0-based weeks in a coach's words: "week 3", "weeks 3–5", "weeks 2, 4 and 7–8". */
export function weeksWords(weeks: readonly number[]): string {
  const runs: [number, number][] = []
  for (const w of weeks) {
    const last = runs.at(-1)
    if (last && w === last[1] + 1) last[1] = w
    else runs.push([w, w])
  }
  const parts = runs.map(([a, b]) => (a === b ? `${a + 1}` : `${a + 1}–${b + 1}`))
  const list =
    parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
  return `${weeks.length === 1 ? 'week' : 'weeks'} ${list}`
}

/**
 * What a group's first message leaves out: how many findings it stands for and, when they name
 * loads, the range of them, " (3 in all, 92.1–97.4 % of 1RM)", so a progression's later, heavier
 * weeks are not hidden behind the first one's load. Empty for a group of one.
 */
export function groupTail(group: AddedGroup): string {
  if (group.count === 1) return ''
  const low = Math.min(...group.pct1rm)
  const high = Math.max(...group.pct1rm)
  const loads =
    group.pct1rm.length === 0
      ? ''
      : low === high
        ? `, each at ${low} % of 1RM`
        : `, ${low}–${high} % of 1RM`
  return ` (${group.count} in all${loads})`
}
