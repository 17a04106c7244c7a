import { useEffect } from 'react'
import type { RefObject } from 'react'
import type { CellPosition, useSheetSelection } from './useSheetSelection'

interface Options {
  grid: RefObject<HTMLDivElement | null>
  items: readonly { id: string }[]
  active: CellPosition
  selection: ReturnType<typeof useSheetSelection>
  colCount: number
  /** Rows to select from outside (a finding clicked in the panel). */
  focusRows: { ids: string[]; token: number } | null
  /** A cell or a line being edited: its editor has the keyboard, not the grid. */
  editing: boolean
  /** The first and last rows drawn now (the virtualiser's). */
  firstShown: number | undefined
  lastShown: number | undefined
  dropWaitingMove: () => void
}

/**
 * Where the keyboard is in the sheet: on the active cell while the grid has it, and on a finding's
 * rows, selected, when the coach picks the finding in the panel.
 */
export function useSheetFocus(options: Options): void {
  const { grid, items, active, selection, colCount, focusRows, editing } = options
  useEffect(() => {
    if (!focusRows) return
    const indexes = focusRows.ids
      .map((id) => items.findIndex((r) => r.id === id))
      .filter((i) => i >= 0)
    if (indexes.length === 0) return
    // An edit still waiting for its save closes where it is: the finding's rows are the selection.
    options.dropWaitingMove()
    selection.moveTo({ row: Math.min(...indexes), col: colCount - 1 }, false)
    selection.moveTo({ row: Math.max(...indexes), col: 0 }, true)
    grid.current?.focus({ preventScroll: true })
    // Only a new request moves the selection; rows changing under it must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRows?.token])

  // Keyboard focus follows the active cell while the grid has it (not while a cell is being edited,
  // and not when the coach is typing elsewhere on the screen).
  // The shown range is a dependency because a far jump (PageDown, Ctrl+End) renders the new active
  // row only after the virtualiser has scrolled to it.
  const { firstShown, lastShown } = options
  useEffect(() => {
    // Not while a cell or a line is being edited: its editor has the keyboard.
    if (editing || !grid.current) return
    // A far jump (Ctrl+End) scrolls the focused cell's row out of the page before the new one is
    // drawn, and focus falls to the page body: that too is the grid's to take back.
    const focused = document.activeElement
    const fell = focused === null || focused === document.body
    if (!fell && !grid.current.contains(focused)) return
    const cell = grid.current.querySelector<HTMLElement>('[data-active="true"]')
    // The virtualiser scrolls the active row into view; a focus that scrolls too would move the
    // rows under a pointer on its way to them (frozen, sticky cells are scrolled to otherwise).
    if (cell && cell !== document.activeElement) cell.focus({ preventScroll: true })
  }, [active.row, active.col, editing, grid, firstShown, lastShown])
}
