import type { ReactNode } from 'react'

interface Props {
  /** An error is announced at once (role alert); information politely (role status). */
  tone: 'error' | 'info'
  onDismiss: () => void
  className?: string
  children: ReactNode
}

/** A message above the work with a Dismiss button: saves refused, values not taken, notices. */
export function DismissibleBanner({ tone, onDismiss, className = '', children }: Props) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`banner banner-${tone} ${className}`.trim()}
    >
      {children}{' '}
      <button type="button" className="button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
