import type { FindingView } from '../../../shared/schemas/analysis.schema'
import { InlineSelect } from '../dialogs/fields'

export type SeverityChoice = FindingView['severity'] | 'all'

const SEVERITY_CHOICES: readonly { value: SeverityChoice; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'critical', label: 'Critical' },
  { value: 'warn', label: 'Warnings' },
  { value: 'info', label: 'Notes' },
]

/** The severity filter of the findings panel and the roster check, one set of words for both. */
export function SeveritySelect({
  value,
  onChange,
}: {
  value: SeverityChoice
  onChange: (value: SeverityChoice) => void
}) {
  return (
    <InlineSelect label="Severity" value={value} options={SEVERITY_CHOICES} onChange={onChange} />
  )
}
