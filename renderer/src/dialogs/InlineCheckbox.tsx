import type { ReactNode } from 'react'

/** A checkbox with its words after it, on one line with the controls around it. */
export function InlineCheckbox(props: {
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
}) {
  return (
    <label className="inline-label">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      {props.children}
    </label>
  )
}
