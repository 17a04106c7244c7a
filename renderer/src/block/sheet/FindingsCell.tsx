import { severityRank } from '../../../../shared/engine/finding'
import { findingWords } from '../../../../shared/engine/rules/rule-catalogue'
import type { FindingView } from '../../../../shared/schemas/analysis.schema'

// Glyphs present in DejaVu Sans and the system UI fonts, so they never render as boxes.
export const SEVERITY_ICON = { critical: '✖', warn: '⚠', info: 'ℹ' } as const
export const SEVERITY_WORD = { critical: 'Critical', warn: 'Warning', info: 'Note' } as const

/** The worst severity among findings that still count (overridden ones do not). */
export function severityOf(findings: readonly FindingView[]): FindingView['severity'] | null {
  const live = findings.filter((f) => !f.override)
  if (live.length === 0) return null
  return live.reduce((a, b) => (severityRank(b.severity) > severityRank(a.severity) ? b : a))
    .severity
}

const chipTitle = (f: FindingView) =>
  `${SEVERITY_WORD[f.severity]} ${f.rule}: ${f.message}${f.override ? ` (overridden: ${f.override.reason})` : ''}`

/**
 * A row's findings: the worst one's icon, a few words and rule ("⚠ 4 h gap · INT-01"), then
 * "+N" for the others, which never leaves the cell (the chips used to run off its edge with no
 * sign that more were there); each named in full on hover and for a screen reader. Overridden
 * ones come last, greyed (never colour alone).
 */
export function FindingsCell({ findings }: { findings: readonly FindingView[] }) {
  const [first, ...rest] = [...findings].sort(
    (a, b) =>
      Number(!!a.override) - Number(!!b.override) ||
      severityRank(b.severity) - severityRank(a.severity),
  )
  if (!first) return <span className="findings-cell" />
  return (
    <span className="findings-cell">
      <span
        className={`finding-tag severity-${first.severity} ${first.override ? 'overridden' : ''}`}
        title={chipTitle(first)}
      >
        <span aria-label={SEVERITY_WORD[first.severity]}>{SEVERITY_ICON[first.severity]}</span>{' '}
        {findingWords(first)}
      </span>
      {rest.length > 0 && (
        <span className="finding-more" title={rest.map(chipTitle).join('\n')}>
          +{rest.length}
          <span className="visually-hidden">
            {' '}
            more:{' '}
            {rest
              .map(
                (f) =>
                  `${SEVERITY_WORD[f.severity]} ${findingWords(f)}${f.override ? ' (overridden)' : ''}`,
              )
              .join('; ')}
          </span>
        </span>
      )}
    </span>
  )
}
