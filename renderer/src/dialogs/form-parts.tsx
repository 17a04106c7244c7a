import type { ReactNode } from 'react'

/**
 * What stopped a form, above its buttons: one message, or a list (the first `most`). An alert, so
 * a screen reader says it at once; a field's own message stays beside its field.
 */
export function ErrorSummary({
  problems,
  most = 8,
  className = '',
}: {
  problems: string | readonly string[] | null | undefined
  most?: number
  /** `pre-line` keeps a message's own line breaks (the first problems of an import). */
  className?: string
}) {
  const list = typeof problems === 'string' ? [problems] : (problems ?? [])
  if (list.length === 0) return null
  const classes = `banner banner-error ${className}`.trim()
  if (list.length === 1)
    return (
      <p role="alert" className={classes}>
        {list[0]}
      </p>
    )
  return (
    <ul role="alert" className={classes}>
      {list.slice(0, most).map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  )
}

/**
 * A form's buttons row: the primary action (the form's submit, so Enter in a field does it), any
 * others, and the way out last. Stays in sight at the foot of a long dialog.
 */
export function FormActions({
  submit,
  disabled = false,
  onCancel,
  cancel = 'Cancel',
  children,
}: {
  /** The primary button's words; none when the form's own buttons say it. */
  submit?: ReactNode
  disabled?: boolean
  onCancel?: () => void
  cancel?: string
  /** Buttons between the primary one and the way out. */
  children?: ReactNode
}) {
  return (
    <div className="form-actions">
      {submit !== undefined && (
        <button type="submit" className="button-primary" disabled={disabled}>
          {submit}
        </button>
      )}
      {children}
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {cancel}
        </button>
      )}
    </div>
  )
}
