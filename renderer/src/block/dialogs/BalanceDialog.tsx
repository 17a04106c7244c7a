import { WEEKDAY_SHORT } from '../../../../shared/schemas/common.schema'
import type { ProcedureOutput } from '../../../../shared/contract/contract'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import { groupSuggestions } from '../../../../shared/engine/balance/suggestions'
import { FormDialog } from '../../dialogs/FormDialog'
import { SEVERITY_ICON, SEVERITY_WORD } from '../sheet/FindingsCell'
import { TableHead } from '../../ui/TableHead'
import { severityCounts } from '../../../../shared/words/severity-counts'

export type BalanceProposal = ProcedureOutput<'blocks.balance'>

const STATUS = {
  proposal: 'Proposed moves. Nothing changes until you accept.',
  no_change: 'No re-arrangement makes this plan meaningfully better.',
  infeasible: 'No arrangement clears every critical finding; the moves below help where they can.',
} as const

interface Props {
  title: string
  /** The balanced week, or null for the whole block: findings are shown for that scope. */
  week: number | null
  proposal: BalanceProposal
  sessions: Map<string, BlockSession>
  onAccept: () => void
  onReject: () => void
}

function what(s: BlockSession | undefined): string {
  if (!s) return 'session'
  const kind =
    s.modality === 'strength' ? `${s.region ?? ''} lift` : `${s.runType ?? ''} ${s.modality}`
  return `${s.durationMin}-min ${kind}`.replace(/\s+/g, ' ')
}

/** The balancer's proposal as a diff: each move from → to, findings before → after, suggestions. */
export function BalanceDialog({ title, week, proposal, sessions, onAccept, onReject }: Props) {
  const live = (list: BalanceProposal['before']) =>
    list.filter((f) => !f.override && (week === null || f.week === week))
  const summary = (list: BalanceProposal['before']) =>
    severityCounts((s) => live(list).filter((f) => f.severity === s).length, { joiner: ', ' })
  const suggestions = groupSuggestions(proposal.suggestions)
  return (
    <FormDialog
      title={title}
      onClose={onReject}
      onSubmit={onAccept}
      submit={`Accept ${proposal.moves.length} move${proposal.moves.length === 1 ? '' : 's'}`}
      disabled={proposal.moves.length === 0}
      cancel={proposal.moves.length === 0 ? 'Close' : 'Reject'}
      className="balance-form"
      wide
    >
      <p>{STATUS[proposal.status]}</p>
      {proposal.moves.length > 0 && (
        <table className="moves">
          <TableHead caption="Moves" columns={['Session', 'From', 'To']} />
          <tbody>
            {proposal.moves.map((m) => (
              <tr key={m.sessionId}>
                <td>{what(sessions.get(m.sessionId))}</td>
                <td>
                  Wk {m.week + 1} {WEEKDAY_SHORT[m.from.day]} {m.from.start}
                </td>
                <td>
                  → Wk {m.week + 1} {WEEKDAY_SHORT[m.to.day]} {m.to.start}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="before-after">
        <section aria-label="Findings before">
          <h3>Before: {summary(proposal.before)}</h3>
          <FindingList findings={live(proposal.before)} />
        </section>
        <section aria-label="Findings after">
          <h3>After: {summary(proposal.after)}</h3>
          <FindingList findings={live(proposal.after)} />
        </section>
      </div>
      {suggestions.length > 0 && (
        <section aria-label="Content suggestions">
          <h3>Content changes to consider</h3>
          <ol>
            {suggestions.map((s) => (
              <li key={s.text}>
                {s.text} <span className="suggestion-rules">(for {s.rules.join(', ')})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </FormDialog>
  )
}

function FindingList({ findings }: { findings: BalanceProposal['before'] }) {
  if (findings.length === 0) return <p className="muted">No findings.</p>
  return (
    <ul className="finding-mini">
      {findings.slice(0, 10).map((f) => (
        <li key={`${f.rule}:${f.subject}`}>
          <span aria-label={SEVERITY_WORD[f.severity]}>{SEVERITY_ICON[f.severity]}</span> {f.rule}{' '}
          wk {f.week + 1}
          {f.day === null ? '' : ` ${WEEKDAY_SHORT[f.day]}`}
        </li>
      ))}
      {findings.length > 10 && <li className="muted">and {findings.length - 10} more</li>}
    </ul>
  )
}
