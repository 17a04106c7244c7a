import { LINE_CELLS, lineCellAt } from './line-edits'
import { nextEditableColumn } from './sheet-columns'
import type { CellPosition } from './useSheetSelection'

/** What a move needs to know of the sheet: its rows as drawn, the columns shown, a page's height. */
/** The kind of each row as drawn: sessions, open lines (and the row adding one), the empty row. */
export type RowKinds = readonly ('session' | 'line' | 'draft')[]

export interface NavigationContext {
  kinds: RowKinds
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
  if (kinds[row] === 'line' && !mod) {
    const across = lineCellMove(key, col)
    if (across !== null) return { row, col: across }
  }
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

/** The column of the line cell a sideways key goes to on a line row, or null for another key. */
function lineCellMove(key: string, col: number): number | null {
  const at = LINE_CELLS.indexOf(lineCellAt(col))
  const to =
    key === 'ArrowLeft'
      ? at - 1
      : key === 'ArrowRight'
        ? at + 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? LINE_CELLS.length - 1
            : null
  if (to === null) return null
  // A line cell spans several of the session's columns: one key is one cell, as drawn.
  return LINE_CELLS[Math.max(0, Math.min(LINE_CELLS.length - 1, to))]!.from
}

/** The line cells a coach types in (the load is computed from the client's max, not typed). */
const TYPED_LINE_CELLS = LINE_CELLS.filter((c) => c.field !== 'load')

/** The next typed line cell's column from `col` (step 1) or the one before (-1), null past the end. */
function nextTypedLineCell(col: number | null, step: 1 | -1): number | null {
  const cells = step === 1 ? TYPED_LINE_CELLS : [...TYPED_LINE_CELLS].reverse()
  if (col === null) return cells[0]!.from
  const at = cells.findIndex((c) => c.field === lineCellAt(col).field)
  return cells[at + 1]?.from ?? null
}

/**
 * Where Tab (step 1) or Shift+Tab (-1) goes: the next cell a coach can type in (Day stress and
 * Findings are read, not typed; on a line row, its load), on to the next row past the last; null
 * past the sheet's last (or before its first) such cell, where the keyboard leaves the grid.
 */
export function tabTarget(
  active: CellPosition,
  step: 1 | -1,
  colCount: number,
  kinds: RowKinds,
): CellPosition | null {
  const onLine = kinds[active.row] === 'line'
  const sameRow = onLine
    ? nextTypedLineCell(active.col, step)
    : nextEditableColumn(active.col, step, colCount)
  if (sameRow !== null) return { row: active.row, col: sameRow }
  const row = active.row + step
  if (row < 0 || row >= kinds.length) return null
  const wrapped =
    kinds[row] === 'line'
      ? nextTypedLineCell(null, step)!
      : nextEditableColumn(step === 1 ? -1 : colCount, step, colCount)!
  return { row, col: wrapped }
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
