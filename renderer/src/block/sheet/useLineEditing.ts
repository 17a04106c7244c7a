import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { KeyboardEvent, RefObject } from 'react'
import type { EditStep } from './edit-history'
import {
  LINE_CELLS,
  addLineRowId,
  deleteLineEdit,
  fillLinesEdit,
  lineCellAt,
  lineCellText,
  lineFieldEdit,
  lineRowId,
} from './line-edits'
import type { LineField } from './line-edits'
import { sessionPlace } from './sheet-edits'
import type { Rejected } from './sheet-edits'
import { selectedLines } from './sheet-items'
import type { LineItem, SheetItem } from './sheet-items'
import type { CommitMove } from './useCellEditing'
import type { CellPosition, useSheetSelection } from './useSheetSelection'

/** The line being edited: its row id, the cell and the text so far. */
export interface LineEditing {
  id: string
  field: LineField
  text: string
  error: string | null
}

interface Options {
  items: readonly SheetItem[]
  range: { top: number; bottom: number }
  active: CellPosition
  selection: ReturnType<typeof useSheetSelection>
  grid: RefObject<HTMLDivElement | null>
  focusGrid: () => void
  /** Saves a step that changes a session's lines. */
  runLines: (step: EditStep | null) => Promise<void>
  onRejected: (rejected: Rejected[]) => void
  setLinesOpen: (sessionId: string, open: boolean) => void
  /** The client's load unit: a typed load is edited in it. */
  loadUnit: 'kg' | 'lb' | undefined
}

/**
 * A session's exercise lines in the sheet: opening and closing them under their session, and the
 * line rows' own editor and keys (lines have cells of their own: exercise, sets × reps, load…).
 */
export function useLineEditing(options: Options) {
  const { items, range, active, selection, grid, focusGrid, runLines, onRejected } = options
  const activeItem = items[active.row]
  const [lineEditing, setLineEditing] = useState<LineEditing | null>(null)
  /** The column the lines were opened from, where closing them puts the cursor back. */
  const linesOpenedFrom = useRef<number | null>(null)

  /** Opens or closes the lines of the active row's session. */
  function showLines(open: boolean) {
    if (!activeItem || activeItem.kind === 'draft') return
    const id = activeItem.session.id
    options.setLinesOpen(id, open)
    if (open) {
      linesOpenedFrom.current = active.col
      const first = activeItem.session.exercises?.length ? lineRowId(id, 0) : addLineRowId(id)
      // Into the lines at their Exercise cell, where a whole line can be typed.
      selection.moveToSession(first, LINE_CELLS[0].from, { fallbackRow: active.row + 1 })
    } else {
      // Back to the session's cell the coach opened its lines from.
      selection.moveToSession(id, linesOpenedFrom.current ?? active.col, {
        fallbackRow: active.row,
      })
    }
    // The focused line row may be about to go: the keyboard follows the cursor to its new row.
    focusGrid()
  }

  /** Opens the editor of a line row, with what was typed (or the line as it is). */
  function startLineEdit(item: LineItem, typed?: string) {
    // The row adding a line starts with the exercise, whichever cell the cursor is on.
    const field = item.line === null ? 'name' : lineCellAt(active.col).field
    if (field === 'load') return
    const shown = item.line ? lineCellText(item.line, field, options.loadUnit) : ''
    setLineEditing({ id: item.id, field, text: typed ?? shown, error: null })
  }

  function commitLine(item: LineItem, text: string, move: CommitMove) {
    const field = lineEditing?.id === item.id ? lineEditing.field : 'name'
    const result = lineFieldEdit(item.session, item.lineIndex, field, text)
    if ('error' in result) {
      if (move === 'none') {
        setLineEditing(null)
        const where = sessionPlace(item.session)
        onRejected([{ where, column: 'Exercise line', text, message: result.error }])
      } else setLineEditing({ id: item.id, field, text, error: result.error })
      return
    }
    // Drawn at once, with the keyboard on the next cell: a key typed straight after Enter or Tab
    // must not fall on the closing editor or on the page.
    flushSync(() => {
      setLineEditing(null)
      if (move === 'right' || move === 'left') {
        // Tab and Shift+Tab walk the line's cells that can be typed in.
        const at = LINE_CELLS.findIndex((c) => c.field === field)
        const step = move === 'right' ? 1 : -1
        let next = at + step
        while (LINE_CELLS[next]?.field === 'load') next += step
        const cell = LINE_CELLS[Math.max(0, Math.min(LINE_CELLS.length - 1, next))]!
        const id = item.line === null ? lineRowId(item.session.id, item.lineIndex) : item.id
        selection.moveToSession(id, cell.from, { fallbackRow: active.row })
      }
      if (move === 'down') {
        // On to the next line, or the empty row under the lines to type another.
        const adding = item.line === null
        const next = adding
          ? addLineRowId(item.session.id)
          : lineRowId(item.session.id, item.lineIndex + 1)
        selection.moveToSession(
          adding || item.lineIndex + 1 < (item.session.exercises?.length ?? 0)
            ? next
            : addLineRowId(item.session.id),
          adding ? LINE_CELLS[0].from : active.col,
          { fallbackRow: active.row + 1 },
        )
      }
      void runLines(result.step)
    })
    grid.current?.querySelector<HTMLElement>('[data-active="true"]')?.focus({ preventScroll: true })
  }

  /** Escape in a line's editor: the line stays as it was, the keyboard back on the grid. */
  function cancelLine() {
    setLineEditing(null)
    focusGrid()
  }

  /** Keys a line row handles itself: typing, Enter and F2 edit it; Delete removes it. */
  function onLineKey(event: KeyboardEvent<HTMLDivElement>, item: LineItem): boolean {
    const mod = event.ctrlKey || event.metaKey
    const key = event.key
    if (mod && key.toLowerCase() === 'd') {
      event.preventDefault()
      const { from, to } = selectedLines(items, range, item)
      void runLines(fillLinesEdit(item.session, from, to))
      return true
    }
    if ((key === 'Enter' && !mod) || key === 'F2') {
      event.preventDefault()
      startLineEdit(item)
      return true
    }
    if ((key === 'Delete' || key === 'Backspace') && !mod) {
      event.preventDefault()
      void runLines(deleteLineEdit(item.session, item.lineIndex))
      return true
    }
    if (!mod && !event.altKey && key.length === 1 && key !== '?') {
      event.preventDefault()
      startLineEdit(item, key)
      return true
    }
    return false
  }

  return { lineEditing, showLines, startLineEdit, commitLine, cancelLine, onLineKey }
}
