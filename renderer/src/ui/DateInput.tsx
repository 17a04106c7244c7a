import { useRef } from 'react'
import type { KeyboardEvent, Ref } from 'react'

interface Props {
  /** The text box, for a form that puts the keyboard back on it. */
  ref?: Ref<HTMLInputElement>
  value: string
  onChange: (isoDate: string) => void
  id?: string
  'aria-label'?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
  name?: string
}

/**
 * A date typed as the rest of the app writes it, `2026-12-05`, in one text box: one Tab in and one
 * out (the browser's date box has a stop per part and reads MM/DD/YYYY in an American locale).
 * The calendar is Alt+Down or the button beside it, which Tab passes over: the browser's own
 * picker, through a date box kept out of sight.
 */
export function DateInput({ value, onChange, ref, ...input }: Props) {
  const picker = useRef<HTMLInputElement>(null)
  const pick = () => {
    try {
      picker.current?.showPicker()
    } catch {
      // No picker without a user's gesture or where the browser has none: typing still works.
    }
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault()
      pick()
    }
  }
  return (
    <span className="date-input">
      <input
        {...input}
        ref={ref}
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button
        type="button"
        className="date-pick"
        tabIndex={-1}
        aria-label="Pick a date (Alt+Down)"
        title="Pick a date (Alt+Down)"
        onClick={pick}
      >
        ▾
      </button>
      <input
        ref={picker}
        type="date"
        className="date-picker-native"
        tabIndex={-1}
        aria-hidden="true"
        value={/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}
        onChange={(e) => e.target.value && onChange(e.target.value)}
      />
    </span>
  )
}
