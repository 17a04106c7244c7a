import { useCallback, useState } from 'react'
import type { CellRange } from './sheet-edits'

/** A cell by its place in the rows as they are drawn now. */
export interface CellPosition {
  row: number
  col: number
}

/**
 * A cell by what it is about: a session (by id) and a column. Rows re-sort when a day or a time
 * changes, so the cursor holds the session it is on, not a row number. `below` is the row under
 * that session wherever it lands (Enter after an edit that moves its row). A session not (yet, or
 * no longer) in the rows falls back to the row number it had.
 */
export interface CellAddress {
  id: string | null
  col: number
  below?: boolean
  /** The row it was last seen on, for a session that is gone or not yet saved. */
  lastRow: number
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n))

/**
 * The active cell and the selected range (from an anchor to the active cell), addressed by
 * session id and column, and shown at the rows where those sessions are now.
 */
export function useSheetSelection(rows: readonly { id: string }[], colCount: number) {
  // One state for both ends, so that moves made one after another before a render (select a
  // finding's first row, then extend to its last) each start from where the one before left off.
  const [selection, setSelection] = useState<{
    active: CellAddress
    anchor: CellAddress | null
  }>({ active: { id: null, col: 0, lastRow: 0 }, anchor: null })
  const last = Math.max(0, rows.length - 1)

  /** Where an address is drawn now. */
  const positionOf = useCallback(
    (a: CellAddress): CellPosition => {
      const index = a.id === null ? -1 : rows.findIndex((r) => r.id === a.id)
      const row = index < 0 ? a.lastRow : index + (a.below ? 1 : 0)
      return { row: clamp(row, 0, last), col: clamp(a.col, 0, colCount - 1) }
    },
    [rows, last, colCount],
  )

  /** The address of a drawn cell. */
  const addressOf = useCallback(
    (p: CellPosition): CellAddress => {
      const row = clamp(p.row, 0, last)
      return { id: rows[row]?.id ?? null, col: clamp(p.col, 0, colCount - 1), lastRow: row }
    },
    [rows, last, colCount],
  )

  const moveTo = useCallback(
    (p: CellPosition, extend: boolean) => {
      const next = addressOf(p)
      setSelection((s) => ({
        active: next,
        anchor: extend ? (s.anchor ?? addressOf(positionOf(s.active))) : null,
      }))
    },
    [addressOf, positionOf],
  )

  /** Puts the cursor on a session's cell, where that session is drawn (now or once saved). */
  const moveToSession = useCallback(
    (id: string, col: number, options: { below?: boolean; fallbackRow: number }) => {
      setSelection({
        active: { id, col, below: options.below ?? false, lastRow: options.fallbackRow },
        anchor: null,
      })
    },
    [],
  )

  const active = positionOf(selection.active)
  const from = selection.anchor ? positionOf(selection.anchor) : active
  const range: CellRange = {
    top: Math.min(from.row, active.row),
    bottom: Math.max(from.row, active.row),
    left: Math.min(from.col, active.col),
    right: Math.max(from.col, active.col),
  }
  const inRange = (row: number, col: number) =>
    row >= range.top && row <= range.bottom && col >= range.left && col <= range.right

  return {
    active,
    range,
    inRange,
    moveTo,
    moveToSession,
    collapse: () => setSelection((s) => ({ ...s, anchor: null })),
  }
}
