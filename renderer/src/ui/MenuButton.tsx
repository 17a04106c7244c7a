import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { KeyboardEvent } from 'react'

export interface MenuItem {
  label: string
  onSelect: () => void
}

/**
 * A button that opens a short menu, for actions used now and then, so the toolbar keeps room on a
 * laptop screen. Keyboard as in a desktop app (WAI-ARIA menu button): Enter, Space or Down opens
 * it on the first item, Up and Down move, Enter chooses, Escape closes back onto the button, and
 * Tab or a click elsewhere closes it.
 */
export function MenuButton({
  label,
  items,
  shortcut,
}: {
  label: string
  items: readonly MenuItem[]
  /** A key that opens the menu from anywhere on the screen (Alt+B), e.g. from the sheet. */
  shortcut?: { alt: true; key: string }
}) {
  // Where the menu drops, under the button. It is drawn on the page's top layer (a portal): the
  // block header paints in its own box (CSS containment), which would clip a menu drawn inside it.
  const [open, setOpen] = useState<{ top: number; left: number } | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const focusItem = (index: number) => {
    const all = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')
    if (!all || all.length === 0) return
    all[(index + all.length) % all.length]!.focus()
  }
  const openMenu = () => {
    const box = button.current!.getBoundingClientRect()
    setOpen({ top: box.bottom + 2, left: box.left })
    requestAnimationFrame(() => focusItem(0))
  }
  // Opened by its shortcut, Escape gives the keyboard back to where it was (the sheet's cursor).
  const returnTo = useRef<HTMLElement | null>(null)
  const close = (refocus: boolean) => {
    setOpen(null)
    const back = returnTo.current
    returnTo.current = null
    if (refocus) (back?.isConnected ? back : button.current)?.focus()
  }
  useEffect(() => {
    if (!shortcut) return
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.key.toLowerCase() !== shortcut.key) return
      if (document.querySelector('[role="dialog"]')) return
      e.preventDefault()
      returnTo.current = document.activeElement as HTMLElement | null
      openMenu()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  })
  const onMenuKey = (e: KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const at = all.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'ArrowDown') focusItem(at + 1)
    else if (e.key === 'ArrowUp') focusItem(at - 1)
    else if (e.key === 'Home') focusItem(0)
    else if (e.key === 'End') focusItem(all.length - 1)
    else if (e.key === 'Escape') close(true)
    else if (e.key === 'Tab') return close(false)
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-keyshortcuts={shortcut ? `Alt+${shortcut.key.toUpperCase()}` : undefined}
        aria-expanded={open !== null}
        onClick={() => (open ? close(false) : openMenu())}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault()
            openMenu()
          }
        }}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open &&
        createPortal(
          <div
            ref={menu}
            role="menu"
            aria-label={label}
            className="menu"
            style={{ top: open.top, left: open.left }}
            onKeyDown={onMenuKey}
            onBlur={(e) => {
              const to = e.relatedTarget as Node | null
              if (!e.currentTarget.contains(to) && to !== button.current) setOpen(null)
            }}
          >
            {items.map((item) => (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  // The keyboard goes back first: a dialog the item opens returns it there when
                  // it closes (the item itself is gone by then).
                  close(true)
                  item.onSelect()
                }}
              >
                {item.label}
              </button>
            ))}
          </div>,
          document.body,
        )}
    </div>
  )
}
