import type { WeekSettings } from '../../../shared/schemas/block.schema'
import { InlineSelect } from '../dialogs/fields'

interface Props {
  weeks: readonly WeekSettings[]
  from: number
  to: number
  onChange: (range: { from: number; to: number }) => void
  /** The first select's label ("Weeks", "From week"); the second reads "to" after it. */
  label?: string
}

/**
 * Weeks `from`–`to` (1-based) of a block or template, each named with its deload. Choosing a first
 * week after the last (or a last before the first) moves the other end with it.
 */
export function WeekRangeFields({ weeks, from, to, onChange, label = 'Weeks' }: Props) {
  const options = weeks.map((w, i) => ({
    value: i + 1,
    label: `${i + 1}${w.deload ? ' (deload)' : ''}`,
  }))
  return (
    <>
      <InlineSelect
        label={label}
        value={from}
        options={options}
        onChange={(first) => onChange({ from: first, to: Math.max(first, to) })}
      />
      <InlineSelect
        label={label === 'Weeks' ? 'to' : 'to week'}
        value={to}
        options={options}
        onChange={(last) => onChange({ from: Math.min(from, last), to: last })}
      />
    </>
  )
}
