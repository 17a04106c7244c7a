import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { dialogControls, pushDialog } from './dialog-stack'
import type { ReactNode } from 'react'

interface Props {
  title: string
  onClose: () => void
  children: ReactNode
  /** A dialog with a table in it (a preview) takes the wider width. */
  wide?: boolean
}

/**
 * Makes everything on the page but `box` (and what is inside it) inert while a dialog is open, so
 * Tab, Shift+Tab and a click stay in the dialog: without it the keyboard walked out of a modal onto
 * the sheet behind it, where typing changed the block. Returns what undoes it, leaving inert what
 * was inert already (the page behind an earlier dialog).
 */
function inertAround(box: HTMLElement): () => void {
  const made: HTMLElement[] = []
  for (let at: HTMLElement | null = box; at && at !== document.body; at = at.parentElement) {
    for (const sibling of Array.from(at.parentElement?.children ?? [])) {
      if (sibling === at || !(sibling instanceof HTMLElement) || sibling.inert) continue
      sibling.inert = true
      made.push(sibling)
    }
  }
  return () => made.forEach((element) => (element.inert = false))
}

/**
 * A modal dialog: labelled by its title, Escape closes it, the page behind it is inert, focus
 * starts on its first control and goes back to the control that opened it when it closes (else
 * the keyboard lands on the page's body, and the next key goes nowhere).
 */
export function Dialog({ title, onClose, children, wide = false }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const titleId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`
  // Read while rendering, before this dialog takes the keyboard.
  const [opener] = useState(() => document.activeElement as HTMLElement | null)
  // The latest onClose, for the keys that reach this dialog from outside React's tree.
  const closeRef = useRef(onClose)
  useLayoutEffect(() => {
    closeRef.current = onClose
  })
  useEffect(() => {
    const backdrop = box.current?.parentElement
    const undoInert = backdrop ? inertAround(backdrop) : () => {}
    const pop = box.current
      ? pushDialog({ box: box.current, close: () => closeRef.current() })
      : () => {}
    // The first control that can take the keyboard (not a disabled one, nor one inside a folded
    // <details>), else the dialog itself: never the page behind it, where Escape does not reach.
    const first = box.current ? dialogControls(box.current)[0] : undefined
    ;(first ?? box.current)?.focus()
    return () => {
      pop()
      undoInert()
      // Only if the keyboard fell to the body with the dialog: an answer that moved it on (a new
      // block's screen, an imported client's row) has already placed it.
      const now = document.activeElement
      const lost = now === null || now === document.body
      if (opener?.isConnected && opener !== document.body && lost) opener.focus()
    }
  }, [opener])
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={wide ? 'dialog' : 'dialog dialog-narrow'}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  )
}
