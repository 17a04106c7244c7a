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

/**
 * A row's findings: icon, a few words and the rule for each ("⚠ 4 h gap · INT-01"), worst first;
 * overridden ones greyed (never colour alone).
 */
export function FindingsCell({ findings }: { findings: readonly FindingView[] }) {
  const sorted = [...findings].sort(
    (a, b) =>
      Number(!!a.override) - Number(!!b.override) ||
      severityRank(b.severity) - severityRank(a.severity),
  )
  return (
    <span className="findings-cell">
      {sorted.map((f) => (
        <span
          key={`${f.rule}:${f.subject}`}
          className={`finding-tag severity-${f.severity} ${f.override ? 'overridden' : ''}`}
          title={`${SEVERITY_WORD[f.severity]} ${f.rule}: ${f.message}${f.override ? ` (overridden: ${f.override.reason})` : ''}`}
        >
          <span aria-label={SEVERITY_WORD[f.severity]}>{SEVERITY_ICON[f.severity]}</span>{' '}
          {findingWords(f)}
        </span>
      ))}
    </span>
  )
}
