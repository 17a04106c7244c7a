import { useId } from 'react'
import type { ReactNode } from 'react'
import { DateInput } from '../ui/DateInput'

/** The attributes that tie a control to its label, its hint and its error. */
interface ControlProps {
  id: string
  name: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

interface FieldShellProps {
  label: string
  name: string
  error: string | undefined
  hint?: string | undefined
  children: (control: ControlProps) => ReactNode
  className?: string | undefined
}

/** Label, control, hint and error wired together so a screen reader announces all of them. */
function FieldShell({ label, name, error, hint, children, className }: FieldShellProps) {
  const inputId = useId()
  const hintId = `${inputId}-hint`
  const errorId = `${inputId}-error`
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {children({
        id: inputId,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}

interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  hint?: string
  placeholder?: string
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email'
  multiline?: boolean
  name: string
  className?: string
  /** A datalist of suggestions (its id). */
  list?: string
  /** What the box holds, for the keyboard and the browser's password manager. */
  type?: 'text' | 'email' | 'password'
  autoComplete?: string
  /** The browser refuses to send the form while the box is empty. */
  required?: boolean
}

export function TextField(props: TextFieldProps) {
  return (
    <FieldShell
      label={props.label}
      name={props.name}
      error={props.error}
      hint={props.hint}
      className={props.className}
    >
      {(control) =>
        props.multiline ? (
          <textarea
            {...control}
            value={props.value}
            rows={4}
            onChange={(e) => props.onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            type={props.type ?? 'text'}
            autoComplete={props.autoComplete}
            required={props.required}
            inputMode={props.inputMode}
            list={props.list}
            value={props.value}
            placeholder={props.placeholder}
            onChange={(e) => props.onChange(e.target.value)}
          />
        )
      }
    </FieldShell>
  )
}

/** A labelled ISO date, typed (`2026-12-05`) or picked: see DateInput. */
export function DateField(props: {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  hint?: string
  name: string
}) {
  return (
    <FieldShell label={props.label} name={props.name} error={props.error} hint={props.hint}>
      {(control) => <DateInput {...control} value={props.value} onChange={props.onChange} />}
    </FieldShell>
  )
}

interface SelectFieldProps<T extends string> {
  label: string
  value: T
  /** Labels of the values; a value missing here (such as '' for "not given") is not listed. */
  options: Readonly<Partial<Record<T, string>>>
  onChange: (value: T) => void
  error?: string | undefined
  hint?: string
  name: string
  allowEmpty?: string
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  return (
    <FieldShell label={props.label} name={props.name} error={props.error} hint={props.hint}>
      {(control) => (
        <select
          {...control}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value as T)}
        >
          {props.allowEmpty !== undefined && <option value="">{props.allowEmpty}</option>}
          {(Object.entries(props.options) as [T, string][]).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}

interface CheckboxFieldProps {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  name: string
  error?: string | undefined
}

export function CheckboxField(props: CheckboxFieldProps) {
  const id = useId()
  return (
    <div className={`field field-checkbox ${props.error ? 'field-invalid' : ''}`}>
      <input
        id={id}
        name={props.name}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.error && (
        <span className="field-error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  )
}

/**
 * A short value typed beside its label with its unit after the box ("Add each week [2.5] kg",
 * "Volume − [40] %"), kept as the text typed: the form reads it when it is sent.
 */
export function InlineField(props: {
  label: ReactNode
  value: string
  onChange: (text: string) => void
  /** Words after the box: a unit. */
  unit?: ReactNode
  /** A number (the default: a narrow box, a decimal keypad), or words ("70/75/80"). */
  numeric?: boolean
}) {
  const numeric = props.numeric ?? true
  return (
    <label className="inline-label">
      {props.label}
      <input
        className={numeric ? 'input-number' : undefined}
        inputMode={numeric ? 'decimal' : undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.unit}
    </label>
  )
}

/** One of a few choices beside its label ("Week [3 ▾]"); values may be numbers (a week index). */
export function InlineSelect<T extends string | number>(props: {
  label: ReactNode
  value: T
  options: readonly { value: T; label: ReactNode }[]
  onChange: (value: T) => void
  /** The name a screen reader says when the visible label is not enough. */
  ariaLabel?: string
}) {
  return (
    <label className="inline-label">
      {props.label}
      <select
        aria-label={props.ariaLabel}
        value={String(props.value)}
        onChange={(e) => {
          const chosen = props.options.find((o) => String(o.value) === e.target.value)
          if (chosen) props.onChange(chosen.value)
        }}
      >
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
