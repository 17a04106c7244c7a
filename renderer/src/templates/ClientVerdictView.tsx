import { counted } from '../../../shared/words/counted'
import type { FindingView } from '../../../shared/schemas/analysis.schema'
import type { TemplatePreview } from '../../../shared/schemas/template.schema'
import { TableHead } from '../ui/TableHead'
import { severityCounts } from '../../../shared/words/severity-counts'

/** What the engine says about a template fitted to one client, and what became of it. */
export interface ClientVerdict {
  clientId: string
  critical: number
  warn: number
  info: number
  /** The main lifts as this client would load them, week by week. */
  loads: TemplatePreview['loads']
  /** Loads past this client's rep max (PRG-05) and every critical finding, in words. */
  spoken: FindingView[]
  /** The new block once applied, or the reason it was not. */
  blockId?: string
  problem?: string
}

/** The findings a coach must read before handing a template out: PRG-05 and every critical. */
const mustRead = (f: FindingView) => f.rule === 'PRG-05' || f.severity === 'critical'

export function verdictOf(
  clientId: string,
  preview: Pick<TemplatePreview, 'loads' | 'analysis'> | null,
): ClientVerdict {
  const findings = preview?.analysis.findings ?? []
  const count = (s: FindingView['severity']) => findings.filter((f) => f.severity === s).length
  return {
    clientId,
    critical: count('critical'),
    warn: count('warn'),
    info: count('info'),
    loads: preview?.loads ?? [],
    spoken: findings.filter(mustRead),
  }
}

/**
 * One client's part of the check: findings by severity, each main lift's load week by week in the
 * client's unit, PRG-05 and every critical finding in words, and a link to the block made.
 */
export function ClientVerdictView({
  name,
  verdict,
  onOpenBlock,
}: {
  name: string
  verdict: ClientVerdict
  onOpenBlock: (blockId: string) => void
}) {
  const counts =
    verdict.critical + verdict.warn + verdict.info === 0
      ? 'clean'
      : severityCounts((s) => verdict[s], { skipZero: true })
  const prg05 = verdict.spoken.filter((f) => f.rule === 'PRG-05').length
  return (
    <li className="client-verdict" aria-label={name}>
      <strong>{name}</strong>:{' '}
      <span className={verdict.critical ? 'sev-critical' : verdict.warn ? 'sev-warn' : ''}>
        {counts}
      </span>
      {' · '}
      {prg05 === 0 ? 'no load past their rep max (PRG-05)' : `PRG-05 on ${counted(prg05, 'line')}`}
      {verdict.blockId && (
        <>
          {' · '}
          <button
            type="button"
            className="link-button"
            onClick={() => onOpenBlock(verdict.blockId!)}
          >
            Open {name}’s new block
          </button>
        </>
      )}
      {verdict.problem && <span className="field-error"> · {verdict.problem}</span>}
      {verdict.loads.length > 0 && (
        <table className="verdict-loads">
          <TableHead
            caption={`${name}’s loads by week`}
            columns={['Lift', ...verdict.loads[0]!.weeks.map((_, w) => `Wk ${w + 1}`)]}
          />
          <tbody>
            {verdict.loads.map((l) => (
              <tr key={l.lift}>
                <th scope="row">{l.lift}</th>
                {l.weeks.map((load, w) => (
                  <td key={w}>{load ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {verdict.spoken.length > 0 && (
        <ul className="verdict-findings">
          {verdict.spoken.map((f) => (
            <li key={`${f.rule}|${f.subject}`} className={`sev-${f.severity}`}>
              {f.rule} ({f.severity}), week {f.week + 1}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
