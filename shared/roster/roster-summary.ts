import { counted } from '../words/counted'
import { severityRank } from '../engine/finding'
import type { RosterFinding } from '../schemas/roster.schema'

/**
 * The roster check in one line, e.g. "38 findings in 9 of 12 clients: 4 critical". Overridden
 * findings are left out: the coach has already decided about them.
 */
export function rosterSummary(findings: readonly RosterFinding[], clientsChecked: number): string {
  const live = findings.filter((f) => f.override === null)
  const clients = new Set(live.map((f) => f.clientId)).size
  const critical = live.filter((f) => f.severity === 'critical').length
  const overridden = findings.length - live.length
  return (
    `${counted(live.length, 'finding')} in ${clients} of ${counted(clientsChecked, 'client')}: ` +
    `${critical} critical` +
    (overridden > 0 ? ` (${overridden} overridden not counted)` : '')
  )
}

/** Worst first, then by client, week and day: the order a coach works through them. */
export function byUrgency(a: RosterFinding, b: RosterFinding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.clientName.localeCompare(b.clientName) ||
    a.week - b.week ||
    (a.day ?? -1) - (b.day ?? -1) ||
    a.rule.localeCompare(b.rule)
  )
}
