import type { ReactNode } from 'react'
import { Dialog } from './Dialog'
import { ErrorSummary, FormActions } from './form-parts'

interface Props {
  title: string
  onClose: () => void
  /** Enter in a field, or the primary button. */
  onSubmit: () => void
  /** The primary button's words. */
  submit: ReactNode
  /** The primary button waits (a save on its way, nothing to do yet). */
  disabled?: boolean
  /** The way out's words: Cancel, Close, Done. */
  cancel?: string
  /** What stopped the form, shown above the buttons. */
  problems?: string | readonly string[] | null
  /** More buttons beside the primary one. */
  buttons?: ReactNode
  wide?: boolean
  /** The form's layout: fields one under another (block-form), or a dialog's own. */
  className?: string
  children: ReactNode
}

/**
 * A dialog that is one form: its fields, what stopped it, and the buttons row, with Enter
 * submitting and Escape or the way out closing (the Dialog shell's keyboard and focus).
 */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  submit,
  disabled,
  cancel,
  problems,
  buttons,
  wide,
  className = 'block-form',
  children,
}: Props) {
  return (
    <Dialog title={title} onClose={onClose} wide={wide}>
      <form
        className={className}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          onSubmit()
        }}
      >
        {children}
        <ErrorSummary problems={problems} />
        <FormActions submit={submit} disabled={disabled} onCancel={onClose} cancel={cancel}>
          {buttons}
        </FormActions>
      </form>
    </Dialog>
  )
}
