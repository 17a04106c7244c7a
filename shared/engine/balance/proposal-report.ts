import { DAY_NAMES } from '../describe'
import { summaryLine } from '../text-report'
import type { Proposal } from './balance'
import { groupSuggestions } from './suggestions'

const STATUS_LINE: Record<Proposal['status'], string> = {
  proposal: 'Proposed re-arrangement (nothing is changed until you accept it):',
  no_change: 'No change proposed: no re-arrangement makes this plan meaningfully better.',
  infeasible: 'No placement clears every critical finding; the moves below help where they can.',
}

const at = (week: number, weekCount: number, day: number, start: string) =>
  `${weekCount > 1 ? `week ${week + 1} ` : ''}${DAY_NAMES[day]} ${start}`

/** The balancer's proposal as text: each move from → to, findings before → after, suggestions. */
export function proposalReport(proposal: Proposal, title: string, weekCount: number): string {
  const out = [title, '='.repeat(Math.min(72, title.length)), '', STATUS_LINE[proposal.status]]
  for (const m of proposal.moves) {
    out.push(
      `  ${m.sessionId}: ${at(m.week, weekCount, m.from.day, m.from.start)} → ${at(m.week, weekCount, m.to.day, m.to.start)}`,
    )
  }
  out.push('', `Before: ${summaryLine(proposal.before)}`)
  for (const f of proposal.before) out.push(`  ${f.severity.padEnd(8)} ${f.rule}  ${f.message}`)
  out.push(`After:  ${summaryLine(proposal.after)}`)
  for (const f of proposal.after) out.push(`  ${f.severity.padEnd(8)} ${f.rule}  ${f.message}`)
  out.push(
    `Objective J: ${proposal.objective.before.toFixed(1)} → ${proposal.objective.after.toFixed(1)} (lower is better)`,
  )
  if (proposal.suggestions.length > 0) {
    out.push('', 'Content changes to consider (they need your approval):')
    for (const s of groupSuggestions(proposal.suggestions))
      out.push(
        `  ${s.rank}. ${s.text} (for ${s.rules.join(', ')}${s.sessions.length ? `: ${s.sessions.join(', ')}` : ''})`,
      )
  }
  return out.join('\n')
}
