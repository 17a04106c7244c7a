import type { FindingView } from '../../../shared/schemas/analysis.schema'

export type SeverityChoice = FindingView['severity'] | 'all'

/** The severity filter of the findings panel and the roster check, one set of words for both. */
export function SeveritySelect({
  value,
  onChange,
}: {
  value: SeverityChoice
  onChange: (value: SeverityChoice) => void
}) {
  return (
    <label className="inline-label">
      Severity
      <select value={value} onChange={(e) => onChange(e.target.value as SeverityChoice)}>
        <option value="all">All</option>
        <option value="critical">Critical</option>
        <option value="warn">Warnings</option>
        <option value="info">Notes</option>
      </select>
    </label>
  )
}
