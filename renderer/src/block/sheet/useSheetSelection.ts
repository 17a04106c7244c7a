import { useCallback, useState } from 'react'
import type { CellRange } from './sheet-edits'

export interface CellPosition {
  row: number
  col: number
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n))

/** The active cell and the selected range (from an anchor to the active cell), kept inside the grid. */
export function useSheetSelection(rowCount: number, colCount: number) {
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 })
  const [anchor, setAnchor] = useState<CellPosition | null>(null)

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
      setAnchor((a) => (extend ? (a ?? active) : null))
      setActive(next)
    },
    [active, bound],
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

  return { active: bound(active), range, inRange, moveTo, collapse: () => setAnchor(null) }
}
