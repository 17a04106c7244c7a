import { describe, expect, it } from 'vitest'
import {
  navigationTarget,
  pageRows,
  scrollToShow,
  tabTarget,
} from '../../../renderer/src/block/sheet/sheet-navigation'

// Three sessions, the second with two lines open (and the row adding one), then the empty row.
const kinds = ['session', 'session', 'line', 'line', 'line', 'session', 'draft'] as const
const at = (row: number, col = 3) => ({ kinds, active: { row, col }, colCount: 17, page: 4 })

describe('navigation counts the rows on screen, lines included', () => {
  it('Ctrl+End goes to the last session’s last cell, not to the row its index names', () => {
    expect(navigationTarget('End', true, at(0))).toEqual({ row: 5, col: 16 })
  })
  it('Ctrl+End with the last session’s lines open still lands on that session', () => {
    const open = ['session', 'session', 'line', 'line', 'draft'] as const
    expect(navigationTarget('End', true, { ...at(0), kinds: open })).toEqual({ row: 1, col: 16 })
  })
  it('Ctrl+Home goes to the first cell; Home and End to the row’s ends', () => {
    expect(navigationTarget('Home', true, at(5))).toEqual({ row: 0, col: 0 })
    expect(navigationTarget('Home', false, at(5))).toEqual({ row: 5, col: 0 })
    expect(navigationTarget('End', false, at(1))).toEqual({ row: 1, col: 16 })
  })
  it('Page Down and Page Up move a page of drawn rows and stop at the ends', () => {
    expect(navigationTarget('PageDown', false, at(1))).toEqual({ row: 5, col: 3 })
    expect(navigationTarget('PageDown', false, at(5))).toEqual({ row: 6, col: 3 })
    expect(navigationTarget('PageUp', false, at(3))).toEqual({ row: 0, col: 3 })
  })
  it('arrows move one drawn row or column; other keys are no move', () => {
    expect(navigationTarget('ArrowDown', false, at(1))).toEqual({ row: 2, col: 3 })
    expect(navigationTarget('ArrowLeft', false, at(1))).toEqual({ row: 1, col: 2 })
    expect(navigationTarget('a', false, at(1))).toBeNull()
  })
  it('a page is the rows in view less the header and one kept for context', () => {
    expect(pageRows(544, 32)).toBe(15)
    expect(pageRows(40, 32)).toBe(1)
  })
})

describe('scrolling shows the cursor’s row under the sticky header', () => {
  const view = { viewHeight: 320, rowHeight: 32, bottomInset: 16 }
  it('leaves a row in view where it is', () => {
    expect(scrollToShow(3, { ...view, viewTop: 0 })).toBeNull()
  })
  it('scrolls up so a row above sits just under the header', () => {
    expect(scrollToShow(2, { ...view, viewTop: 200 })).toBe(64)
  })
  it('scrolls down so a row below clears the bottom and the sideways scrollbar', () => {
    // Row 20 spans 672–704 of the content; the view must end 16 px below it.
    expect(scrollToShow(20, { ...view, viewTop: 0 })).toBe(704 - 320 + 16)
  })
})

// On a line row the cells are the line's: Exercise (columns 2–4), Sets × reps (5), Intensity (6),
// Load (7, computed), Rest (8), Line notes (9–16). One key is one cell as drawn.
describe('on an exercise line, keys move cell by cell as drawn', () => {
  it('Left and Right step over a wide cell in one press; Home and End go to its ends', () => {
    const right = (col: number) => navigationTarget('ArrowRight', false, at(2, col))
    expect(right(2)).toEqual({ row: 2, col: 5 })
    expect(right(5)).toEqual({ row: 2, col: 6 })
    expect(right(6)).toEqual({ row: 2, col: 7 })
    expect(right(9)).toEqual({ row: 2, col: 9 })
    expect(navigationTarget('ArrowLeft', false, at(2, 9))).toEqual({ row: 2, col: 8 })
    expect(navigationTarget('ArrowLeft', false, at(2, 5))).toEqual({ row: 2, col: 2 })
    expect(navigationTarget('Home', false, at(2, 8))).toEqual({ row: 2, col: 2 })
    expect(navigationTarget('End', false, at(2, 2))).toEqual({ row: 2, col: 9 })
    // Up and down keep the column; Ctrl+Home is still the sheet's first cell.
    expect(navigationTarget('ArrowDown', false, at(2, 6))).toEqual({ row: 3, col: 6 })
    expect(navigationTarget('Home', true, at(2, 6))).toEqual({ row: 0, col: 0 })
  })

  it('Tab visits every cell typed in, Intensity included and the load not, then the next row', () => {
    const tab = (row: number, col: number, step: 1 | -1 = 1) =>
      tabTarget({ row, col }, step, 17, kinds)
    expect(tab(2, 2)).toEqual({ row: 2, col: 5 })
    expect(tab(2, 5)).toEqual({ row: 2, col: 6 })
    expect(tab(2, 6)).toEqual({ row: 2, col: 8 })
    expect(tab(2, 8)).toEqual({ row: 2, col: 9 })
    expect(tab(2, 12)).toEqual({ row: 3, col: 2 })
    expect(tab(4, 9)).toEqual({ row: 5, col: 0 })
    expect(tab(3, 8, -1)).toEqual({ row: 3, col: 6 })
    expect(tab(3, 2, -1)).toEqual({ row: 2, col: 9 })
    expect(tab(5, 0, -1)).toEqual({ row: 4, col: 9 })
    expect(tab(2, 2, -1)).toEqual({ row: 1, col: 16 })
  })
})
