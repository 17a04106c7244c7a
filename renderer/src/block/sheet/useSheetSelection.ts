import { useCallback, useState } from 'react'
import type { CellRange } from './sheet-edits'

export interface CellPosition {
  row: number
  col: number
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n))

/** The active cell and the selected range (from an anchor to the active cell), kept inside the grid. */
export function useSheetSelection(rowCount: number, colCount: number) {
  // One state for both ends, so that moves made one after another before a render (select a
  // finding's first row, then extend to its last) each start from where the one before left off.
  const [selection, setSelection] = useState<{ active: CellPosition; anchor: CellPosition | null }>(
    { active: { row: 0, col: 0 }, anchor: null },
  )
  const { active, anchor } = selection

  const bound = useCallback(
    (p: CellPosition): CellPosition => ({
      row: clamp(p.row, 0, Math.max(0, rowCount - 1)),
      col: clamp(p.col, 0, colCount - 1),
    }),
    [rowCount, colCount],
  )

  const moveTo = useCallback(
    (p: CellPosition, extend: boolean) => {
      const next = bound(p)
      setSelection((s) => ({ active: next, anchor: extend ? (s.anchor ?? s.active) : null }))
    },
    [bound],
  )

  const from = anchor ?? active
  const range: CellRange = {
    top: Math.min(from.row, active.row),
    bottom: Math.max(from.row, active.row),
    left: Math.min(from.col, active.col),
    right: Math.max(from.col, active.col),
  }
  const inRange = (row: number, col: number) =>
    row >= range.top && row <= range.bottom && col >= range.left && col <= range.right

  return {
    active: bound(active),
    range,
    inRange,
    moveTo,
    collapse: () => setSelection((s) => ({ ...s, anchor: null })),
  }
}
