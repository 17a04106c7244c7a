/**
 * The dialogs open on the page, the latest on top, and the keys that must reach the top one
 * wherever the keyboard is. Inert leaves the page's body as the one place outside a dialog the
 * keyboard can still fall to: Tab past a dialog's last control, or a control removed under it
 * (Maxes' Remove, Balance opening on a disabled Accept), and from there Escape reached nothing
 * and the dialog could not be closed by keyboard.
 */
interface OpenDialog {
  box: HTMLElement
  close: () => void
}

const open: OpenDialog[] = []

/** What takes the keyboard in a dialog, in Tab order (a folded <details>' inside cannot). */
export function dialogControls(box: HTMLElement): HTMLElement[] {
  const all = box.querySelectorAll<HTMLElement>(
    'input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])',
  )
  return [...all].filter(
    (c) => !(c as HTMLButtonElement).disabled && c.tabIndex >= 0 && c.checkVisibility(),
  )
}

function onKey(event: KeyboardEvent): void {
  const top = open.at(-1)
  if (!top) return
  const inside = top.box.contains(document.activeElement)
  if (event.key === 'Escape' && !inside) {
    event.preventDefault()
    top.close()
    return
  }
  if (event.key !== 'Tab') return
  // Round the dialog: past the last control to the first, before the first to the last.
  const controls = dialogControls(top.box)
  const [first, last] = [controls[0], controls.at(-1)]
  if (!first || !last) {
    event.preventDefault()
    top.box.focus()
    return
  }
  const at = document.activeElement
  if (!event.shiftKey && (!inside || at === last)) {
    event.preventDefault()
    first.focus()
  } else if (event.shiftKey && (!inside || at === first || at === top.box)) {
    event.preventDefault()
    last.focus()
  }
}

/** Puts a dialog on top; returns what takes it off. */
export function pushDialog(dialog: OpenDialog): () => void {
  if (open.length === 0) document.addEventListener('keydown', onKey)
  open.push(dialog)
  return () => {
    const at = open.indexOf(dialog)
    if (at >= 0) open.splice(at, 1)
    if (open.length === 0) document.removeEventListener('keydown', onKey)
  }
}
