import { DAY_NAMES } from '../shared/engine/describe'
import { byUrgency, rosterSummary } from '../shared/roster/roster-summary'
import type { RosterFinding } from '../shared/schemas/roster.schema'
import { checkRosterPage } from '../server/roster-check'
import type { CommandResult } from './command-result'
import { formatted } from './command-result'
import { progressLine } from './progress-line'
import { withBackend } from './with-backend'
import type { DatabaseLocation } from '../db/open-database'

const PAGE = 200
const ICON = { critical: '✖', warn: '⚠', info: 'ℹ' } as const

function line(f: RosterFinding): string {
  const day = f.day === null ? '' : ` ${DAY_NAMES[f.day]}`
  const overridden = f.override ? ` [overridden: ${f.override.reason}]` : ''
  return `${ICON[f.severity]} ${f.rule}  ${f.clientName} · ${f.blockName} · week ${f.week + 1}${day}: ${f.message}${overridden}`
}

/**
 * `blockwise roster --db FILE`: every active block of the roster checked. Exit 1 when a finding
 * at warn or above is not overridden, so a script can gate on it.
 */
export async function rosterCommand(
  database: DatabaseLocation,
  format: 'text' | 'json',
): Promise<CommandResult> {
  return withBackend(database, async ({ backend }) => {
    const progress = progressLine('Checking')
    const findings: RosterFinding[] = []
    let checked = 0
    let total: number
    do {
      const page = await checkRosterPage(backend.database.db, { offset: checked, limit: PAGE })
      total = page.total
      checked += page.checked.length
      findings.push(...page.findings)
      progress.update(checked, total)
      if (page.checked.length === 0) break
    } while (checked < total)
    progress.done()
    findings.sort(byUrgency)
    const failing = findings.some((f) => f.override === null && f.severity !== 'info')
    const summary = rosterSummary(findings, total)
    const stdout = formatted(format, { summary, clientsChecked: total, findings }, () =>
      [summary, ...findings.map(line)].join('\n'),
    )
    return { exitCode: failing ? 1 : 0, stdout }
  })
}
