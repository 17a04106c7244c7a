import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState } from 'react'
import { COLUMN_LEFT, FROZEN_COLUMNS, FROZEN_WIDTH, SHEET_COLUMNS } from './sheet-columns'
import { scrollToShow } from './sheet-navigation'
import type { CellPosition } from './useSheetSelection'

export const ROW_HEIGHT = 32
/** Room kept under the last row in view for the sheet's sideways scrollbar. */
const SCROLLBAR_ALLOWANCE = 16

/**
 * The sheet's scrolling: only the rows in view are drawn (the virtualiser), and the active cell is
 * kept in view, below the header row and right of the frozen columns.
 */
export function useSheetScroll(rowCount: number, active: CellPosition) {
  const scroller = useRef<HTMLDivElement>(null)
  // Scrolled sideways: the frozen columns stick (see styles.css).
  const [sideways, setSideways] = useState(false)
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })

  // A cell the coach pressed is where the pointer is: scrolling then would slide other rows under
  // the pointer, and the press would extend into them as a drag.
  const pressedRow = useRef<number | null>(null)
  useEffect(() => {
    if (pressedRow.current === active.row) {
      pressedRow.current = null
      return
    }
    // Scrolling forces a layout, and most moves stay within the rows in view: check against the
    // virtualiser's last known scroll position (no layout read) and scroll only when needed. Rows
    // start under the sticky header row, and the last one must clear the sideways scrollbar.
    const offset = scrollToShow(active.row, {
      viewTop: virtualizer.scrollOffset ?? 0,
      viewHeight: virtualizer.scrollRect?.height ?? 0,
      rowHeight: ROW_HEIGHT,
      bottomInset: SCROLLBAR_ALLOWANCE,
    })
    if (offset !== null) virtualizer.scrollToOffset(offset)
  }, [active.row, virtualizer])

  useEffect(() => {
    // The same for columns: cells are focused without scrolling (see Sheet), so the sheet keeps
    // the active column in view itself, to the right of the frozen ones.
    const scroll = scroller.current
    if (!scroll) return
    const left = COLUMN_LEFT[active.col]!
    const right = left + SHEET_COLUMNS[active.col]!.width
    const hidden = active.col < FROZEN_COLUMNS ? 0 : FROZEN_WIDTH
    if (left - hidden < scroll.scrollLeft) scroll.scrollLeft = left - hidden
    else if (right > scroll.scrollLeft + scroll.clientWidth)
      scroll.scrollLeft = right - scroll.clientWidth
  }, [active.col])

  return { scroller, sideways, setSideways, virtualizer, pressedRow }
}
