import { severityRank } from '../../../shared/engine/finding'
import type { RosterFinding } from '../../../shared/schemas/roster.schema'

export type Severity = RosterFinding['severity']
export type SortKey = 'client' | 'block' | 'week' | 'day' | 'rule' | 'severity'

export interface RosterFilter {
  severity: Severity | 'all'
  /** A rule id, or 'all'. */
  rule: string
  /** A client id, or 'all'. */
  clientId: string
  week: number | 'all'
  showOverridden: boolean
}

export const NO_FILTER: RosterFilter = {
  severity: 'all',
  rule: 'all',
  clientId: 'all',
  week: 'all',
  showOverridden: false,
}

export function applyFilter(findings: readonly RosterFinding[], f: RosterFilter): RosterFinding[] {
  return findings.filter(
    (x) =>
      (f.severity === 'all' || x.severity === f.severity) &&
      (f.rule === 'all' || x.rule === f.rule) &&
      (f.clientId === 'all' || x.clientId === f.clientId) &&
      (f.week === 'all' || x.week === f.week) &&
      (f.showOverridden || x.override === null),
  )
}

const COMPARE: Record<SortKey, (a: RosterFinding, b: RosterFinding) => number> = {
  client: (a, b) => a.clientName.localeCompare(b.clientName),
  block: (a, b) => a.blockName.localeCompare(b.blockName),
  week: (a, b) => a.week - b.week,
  day: (a, b) => (a.day ?? -1) - (b.day ?? -1),
  rule: (a, b) => a.rule.localeCompare(b.rule),
  // Ascending severity lists the worst first.
  severity: (a, b) => severityRank(b.severity) - severityRank(a.severity),
}

/** Sorted by one column, ties broken by severity, client, week and day so the order is stable. */
export function sortFindings(
  findings: readonly RosterFinding[],
  key: SortKey,
  direction: 'ascending' | 'descending',
): RosterFinding[] {
  const sign = direction === 'ascending' ? 1 : -1
  const tie = (a: RosterFinding, b: RosterFinding) =>
    COMPARE.severity(a, b) || COMPARE.client(a, b) || COMPARE.week(a, b) || COMPARE.day(a, b)
  return [...findings].sort((a, b) => sign * COMPARE[key](a, b) || tie(a, b))
}

export interface ClientCount {
  clientId: string
  clientName: string
  critical: number
  warn: number
  info: number
}

/** Findings per client (overridden ones not counted), clients with the most critical first. */
export function countsByClient(findings: readonly RosterFinding[]): ClientCount[] {
  const counts = new Map<string, ClientCount>()
  for (const f of findings) {
    if (f.override !== null) continue
    const c = counts.get(f.clientId) ?? {
      clientId: f.clientId,
      clientName: f.clientName,
      critical: 0,
      warn: 0,
      info: 0,
    }
    c[f.severity]++
    counts.set(f.clientId, c)
  }
  return [...counts.values()].sort(
    (a, b) =>
      b.critical - a.critical || b.warn - a.warn || a.clientName.localeCompare(b.clientName),
  )
}
