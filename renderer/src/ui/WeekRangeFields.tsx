import type { WeekSettings } from '../../../shared/schemas/block.schema'

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
  const options = weeks.map((w, i) => (
    <option key={i} value={i + 1}>
      {i + 1}
      {w.deload ? ' (deload)' : ''}
    </option>
  ))
  return (
    <>
      <label className="inline-label">
        {label}
        <select
          value={from}
          onChange={(e) => {
            const first = Number(e.target.value)
            onChange({ from: first, to: Math.max(first, to) })
          }}
        >
          {options}
        </select>
      </label>
      <label className="inline-label">
        {label === 'Weeks' ? 'to' : 'to week'}
        <select
          value={to}
          onChange={(e) => {
            const last = Number(e.target.value)
            onChange({ from: Math.min(from, last), to: last })
          }}
        >
          {options}
        </select>
      </label>
    </>
  )
}
