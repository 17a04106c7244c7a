import { useLayoutEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { flushSync } from 'react-dom'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { EditStep } from './edit-history'
import { SHEET_COLUMNS, nextEditableColumn } from './sheet-columns'
import { DRAFT_ROW_ID, appendRowEdit, cellEdit, sessionPlace } from './sheet-edits'
import type { Rejected } from './sheet-edits'
import { linesMovedNotice } from './lines-on-modality'
import type { LinesMoved } from './lines-on-modality'
import type { CellPosition, useSheetSelection } from './useSheetSelection'

/**
 * The cell being edited: its session (by id: a save may re-sort the rows) and column, the text
 * typed so far, and why the last commit was refused.
 */
export interface Editing {
  id: string
  col: number
  text: string
  error: string | null
}

/** Where the cursor goes after a commit: Enter, Tab, Shift+Tab, or nowhere (focus left the cell). */
export type CommitMove = 'down' | 'right' | 'left' | 'none'

/**
 * A committed edit's closed editor and moved cursor wait for the save's answer, up to this long, so
 * that the sheet repaints once with the new value and its flags instead of first with the old value
 * and again a moment later. Painting that in-between frame also slowed the save itself, which shares
 * the machine with the page (measured: p95 4–7 ms lower without it). Any new input shows it at once.
 */
const SETTLE_AFTER_MS = 100

/** How far the active cell moves sideways when an edit is committed by each key. */
const MOVE_COLUMNS = { right: 1, left: -1 } as const

interface Options {
  /** The rows as drawn: the sessions, then the empty row that adds one. */
  rows: readonly BlockSession[]
  /** How many columns are shown (the Log columns may be hidden). */
  colCount: number
  weekCount: number
  selection: ReturnType<typeof useSheetSelection>
  grid: RefObject<HTMLDivElement | null>
  apply: (step: EditStep) => Promise<unknown>
  onRejected: (rejected: Rejected[]) => void
  /** Says what an edit did beyond its cell (a lift's lines moved to its notes). */
  onNotice: (text: string) => void
  newId: () => string
  /** A session typed into the empty row, drawn at once while its save is on its way. */
  onAppend: (session: BlockSession, saved: Promise<unknown>) => void
}

/**
 * One cell's edit from start to saved: typing or F2 opens it on the active cell; Enter and Tab
 * commit it and move on, Escape cancels it, leaving the cell commits it where focus went. A refused
 * value keeps the editor open with its message.
 */
export function useCellEditing(options: Options) {
  const { rows, weekCount, selection, grid, onRejected } = options
  const [editing, setEditingState] = useState<Editing | null>(null)
  // What is being edited right now, for event handlers: a blur that fires before React has
  // re-rendered must see an edit that was just committed as closed, not commit it a second time.
  const editingNow = useRef<Editing | null>(null)
  // Where the cursor goes once a committed edit is shown (see SETTLE_AFTER_MS), while it waits.
  const unsettled = useRef<(() => void) | null>(null)
  // A settled move whose render has not happened yet (see settledFirst).
  const shownNotDrawn = useRef<(() => void) | null>(null)
  useLayoutEffect(() => {
    shownNotDrawn.current = null
  })
  const setEditing = (next: Editing | null) => {
    editingNow.current = next
    setEditingState(next)
  }

  /** Focuses the active cell once the next frame has rendered it. */
  const focusGrid = () =>
    requestAnimationFrame(() => {
      // An editor opened in the meantime (the coach typed on while a save was on its way) keeps
      // the keyboard: taking it away would send the next keys to the cell behind it.
      const focused = document.activeElement
      if (focused instanceof HTMLInputElement && grid.current?.contains(focused)) return
      grid.current
        ?.querySelector<HTMLElement>('[data-active="true"]')
        ?.focus({ preventScroll: true })
    })

  /**
   * Focuses a cell at once, before React removes the editor: taking a focused input out of the
   * page costs the browser a focus fix-up inside the render (measured ~2.5 ms of each Enter).
   * A row the virtualiser has not rendered yet gets focus after the next frame.
   */
  function focusCellNow(position: CellPosition) {
    const cell = grid.current?.querySelector<HTMLElement>(
      `[aria-rowindex="${position.row + 2}"] > [aria-colindex="${position.col + 1}"]`,
    )
    if (cell) cell.focus({ preventScroll: true })
    else focusGrid()
  }

  function startEdit(text?: string) {
    const { active } = selection
    const session = rows[active.row]
    const column = SHEET_COLUMNS[active.col]
    if (!session || !column?.parse) return
    setEditing({
      id: session.id,
      col: active.col,
      text: text ?? (session.id === DRAFT_ROW_ID ? '' : column.show(session)),
      error: null,
    })
  }

  /** The row a session is drawn on now (-1 when it is gone). */
  const rowOf = (id: string) => rows.findIndex((r) => r.id === id)

  function cancel() {
    setEditing(null)
    focusCellNow(selection.active)
  }

  async function commit(text: string, move: CommitMove) {
    const editing = editingNow.current
    if (!editing) return
    const row = rowOf(editing.id)
    const session = rows[row]
    const column = SHEET_COLUMNS[editing.col]
    if (!session || !column) return setEditing(null)
    const appending = session.id === DRAFT_ROW_ID
    if (appending && text.trim() === '') {
      // Nothing typed into the empty row adds nothing.
      editingNow.current = null
      setEditingState(null)
      if (move !== 'none') moveOn({ id: editing.id, row, col: editing.col }, move)()
      return
    }
    const result:
      { step: EditStep | null; session?: BlockSession; moved?: LinesMoved[] } | { error: string } =
      appending
        ? appendRowEdit(rows.slice(0, -1), column, text, weekCount, options.newId())
        : cellEdit(session, column, text, weekCount)
    if ('error' in result) {
      if (move === 'none') {
        // Focus left the cell: keep the old value and say why the new one was not taken.
        setEditing(null)
        const where = appending ? 'New session' : sessionPlace(session)
        onRejected([{ where, column: column.label, text, message: result.error }])
      } else setEditing({ ...editing, text, error: result.error })
      return
    }
    editingNow.current = null
    const notice = linesMovedNotice(result.moved ?? [])
    if (notice) options.onNotice(notice)
    const added = result.session
    const from = { id: added?.id ?? editing.id, row, col: editing.col }
    const apply = (step: EditStep) => {
      const saved = options.apply(step)
      if (added) options.onAppend(added, saved)
      return saved
    }
    // A commit by blur leaves focus where the coach put it (another field, a button).
    if (move === 'none' || !result.step) {
      setEditingState(null)
      if (move !== 'none') moveOn(from, move)()
      if (result.step) await apply(result.step)
      return
    }
    // Like a spreadsheet, Enter moves on at once: the keyboard does now, the picture with the save.
    unsettled.current = moveOn(from, move)
    // This render's settle is fine later too: it reads the waiting move from the ref.
    const timer = setTimeout(settle, SETTLE_AFTER_MS)
    try {
      await apply(result.step)
    } finally {
      clearTimeout(timer)
      settle()
    }
  }

  /**
   * The cell after an edited one, for a commit by Enter or Tab: focused at once, and returned as
   * the selection move to show. The move names the edited session, so when the save re-sorts its
   * row (a new day or time) the cursor goes to the row below, or beside, where it now is.
   */
  function moveOn(from: CellPosition & { id: string }, move: Exclude<CommitMove, 'none'>) {
    const below = move === 'down'
    // Tab and Shift+Tab go to the next cell that can be typed in (past Day stress and Findings),
    // as Tab does without an edit; past the row's last one, they stay on it.
    const col = below
      ? from.col
      : (nextEditableColumn(from.col, MOVE_COLUMNS[move], options.colCount) ?? from.col)
    const fallbackRow = Math.min(rows.length - 1, from.row + (below ? 1 : 0))
    focusCellNow({ row: fallbackRow, col })
    return () => selection.moveToSession(from.id, col, { below, fallbackRow })
  }

  /** Shows a committed edit that is waiting for its save: editor closed, cursor moved on. */
  function settle() {
    const show = unsettled.current
    if (!show) return
    dropWaitingMove()
    show()
    shownNotDrawn.current = show
  }

  /**
   * Input that arrives while a committed edit waits for its save: show the edit first, so that the
   * handlers of that render (with the cursor where the coach now sees it) take the input. True when
   * there was one, and the caller should hand the input to those handlers.
   */
  function settledFirst(): boolean {
    if (unsettled.current) {
      flushSync(() => settle())
      return true
    }
    // Shown by the save's answer (or the timer) but not drawn yet: a key arriving in between
    // would meet the handlers of the closed editor and be lost (the first letter of a word typed
    // right after Tab, on a busy machine). Drawing the same move now, synchronously, gives it the
    // handlers of the cell it goes to.
    const show = shownNotDrawn.current
    if (!show) return false
    flushSync(() => {
      setEditingState(null)
      show()
    })
    return true
  }

  /** Closes an edit still waiting for its save where it is, when the selection is set elsewhere. */
  function dropWaitingMove() {
    if (!unsettled.current) return
    unsettled.current = null
    setEditingState(null)
  }

  return {
    editing,
    startEdit,
    commit,
    cancel,
    settledFirst,
    dropWaitingMove,
    focusGrid,
  }
}
