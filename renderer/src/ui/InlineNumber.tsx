import type { ReactNode } from 'react'

/** A short number typed beside its label ("Add each week [2.5]", "Volume − [40] %"), as text. */
export function InlineNumber(props: {
  label: ReactNode
  value: string
  onChange: (text: string) => void
  /** Words after the box: a unit. */
  after?: string
}) {
  return (
    <label className="inline-label">
      {props.label}
      <input
        className="input-number"
        inputMode="decimal"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.after}
    </label>
  )
}
