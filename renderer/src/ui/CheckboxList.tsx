import type { ReactNode } from 'react'

interface Props<T extends string> {
  legend: string
  options: readonly { value: T; label: ReactNode }[]
  chosen: readonly T[]
  onChange: (chosen: T[]) => void
  /** Shown instead of the boxes when there is nothing to choose. */
  empty?: string
  /** More boxes after the list's own (Readiness: ill beside the pain regions). */
  children?: ReactNode
  /** The list's own look beside `choice-list`, and each box's row (Apply template's clients). */
  className?: string
  rowClassName?: string
}

/** A group of checkboxes choosing several of a few things (lifts, run types). */
export function CheckboxList<T extends string>(props: Props<T>) {
  const { legend, options, chosen, onChange } = props
  return (
    <fieldset className={props.className ? `choice-list ${props.className}` : 'choice-list'}>
      <legend>{legend}</legend>
      {options.length === 0 && props.empty && <p className="muted">{props.empty}</p>}
      {options.map((o) => (
        <label key={o.value} className={props.rowClassName}>
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value),
              )
            }
          />
          {o.label}
        </label>
      ))}
      {props.children}
    </fieldset>
  )
}
