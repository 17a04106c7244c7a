import type { ReactNode } from 'react'
import { Dialog } from './Dialog'

interface Props {
  title: string
  /** The primary answer: its words and what it does. */
  yes: string
  onYes: () => void
  /** The other answer; Escape gives it too. */
  no: string
  onNo: () => void
  /** The safe answer first, so Enter gives it (a future session left unlogged). */
  safeFirst?: boolean
  children: ReactNode
}

/** A question asked once, answered by keyboard: Enter the focused answer, Escape the other. */
export function ConfirmDialog({ title, yes, onYes, no, onNo, safeFirst = false, children }: Props) {
  const yesButton = (
    <button key="yes" type="button" className="button-primary" onClick={onYes}>
      {yes}
    </button>
  )
  const noButton = (
    <button key="no" type="button" onClick={onNo}>
      {no}
    </button>
  )
  return (
    <Dialog title={title} onClose={onNo}>
      {children}
      <div className="form-actions">
        {safeFirst ? [noButton, yesButton] : [yesButton, noButton]}
      </div>
    </Dialog>
  )
}
