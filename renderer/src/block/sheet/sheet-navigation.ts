import { nextEditableColumn } from './sheet-columns'
import type { CellPosition } from './useSheetSelection'

/** What a move needs to know of the sheet: its rows as drawn, the columns shown, a page's height. */
export interface NavigationContext {
  /** The kind of each row as drawn: sessions, open lines (and the row adding one), the empty row. */
  kinds: readonly ('session' | 'line' | 'draft')[]
  active: CellPosition
  colCount: number
  /** How many rows a Page Up or Page Down moves: the rows in view, less one kept for context. */
  page: number
}

/** The last session's row as drawn (its open lines may follow it), or the empty row when none. */
function lastSessionRow(kinds: NavigationContext['kinds']): number {
  const last = kinds.lastIndexOf('session')
  return last < 0 ? kinds.length - 1 : last
}

/**
 * Where a navigation key takes the cursor, counting the rows on screen (session rows and open line
 * rows alike), as a spreadsheet does: Ctrl+Home the first cell, Ctrl+End the last session's last
 * cell, Home/End the row's ends, Page Up/Down a screenful. Null for a key that is not a move.
 */
export function navigationTarget(
  key: string,
  mod: boolean,
  { kinds, active, colCount, page }: NavigationContext,
): CellPosition | null {
  const { row, col } = active
  switch (key) {
    case 'ArrowUp':
      return { row: row - 1, col }
    case 'ArrowDown':
      return { row: row + 1, col }
    case 'ArrowLeft':
      return { row, col: col - 1 }
    case 'ArrowRight':
      return { row, col: col + 1 }
    case 'Home':
      return mod ? { row: 0, col: 0 } : { row, col: 0 }
    case 'End':
      return mod ? { row: lastSessionRow(kinds), col: colCount - 1 } : { row, col: colCount - 1 }
    case 'PageUp':
      return { row: Math.max(0, row - page), col }
    case 'PageDown':
      return { row: Math.min(kinds.length - 1, row + page), col }
    default:
      return null
  }
}

/**
 * Where Tab (step 1) or Shift+Tab (-1) goes: the next cell a coach can type in (Day stress and
 * Findings are read, not typed), on to the next row past the last; null past the sheet's last
 * (or before its first) such cell, where the keyboard leaves the grid.
 */
export function tabTarget(
  active: CellPosition,
  step: 1 | -1,
  colCount: number,
  rowCount: number,
): CellPosition | null {
  const sameRow = nextEditableColumn(active.col, step, colCount)
  if (sameRow !== null) return { row: active.row, col: sameRow }
  const edge = step === 1 ? active.row === rowCount - 1 : active.row === 0
  if (edge) return null
  const wrapped = nextEditableColumn(step === 1 ? -1 : colCount, step, colCount)!
  return { row: active.row + step, col: wrapped }
}

/** How many rows a page is, for a view `height` px tall under a header row of `rowHeight`. */
export function pageRows(height: number, rowHeight: number): number {
  return Math.max(1, Math.floor(height / rowHeight) - 2)
}

/**
 * The scroll offset that shows a row under the sticky header, or null when it is in view already.
 * `viewTop` and `viewHeight` are the scroller's; rows start one header row down. `bottomInset`
 * keeps clear of a horizontal scrollbar.
 */
export function scrollToShow(
  row: number,
  {
    viewTop,
    viewHeight,
    rowHeight,
    bottomInset,
  }: {
    viewTop: number
    viewHeight: number
    rowHeight: number
    bottomInset: number
  },
): number | null {
  const top = rowHeight + row * rowHeight
  if (top < viewTop + rowHeight) return top - rowHeight
  const bottom = top + rowHeight
  if (bottom > viewTop + viewHeight - bottomInset) return bottom - viewHeight + bottomInset
  return null
}
