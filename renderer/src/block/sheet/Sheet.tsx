import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useMemo, useRef, useState } from 'react'
import type { ClipboardEvent, KeyboardEvent } from 'react'
import type { FindingView } from '../../../../shared/schemas/analysis.schema'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { EditStep } from './edit-history'
import {
  COLUMN_LEFT,
  FROZEN_COLUMNS,
  FROZEN_WIDTH,
  SHEET_COLUMNS,
  nextEditableColumn,
} from './sheet-columns'
import {
  DRAFT_ROW_ID,
  deleteRowsEdit,
  draftSession,
  fillDownEdit,
  insertRowEdit,
  pasteEdit,
  rangeText,
} from './sheet-edits'
import { sheetRows } from './sheet-rows'
import type { Rejected } from './sheet-edits'
import { parseDelimited, writeTsv } from '../../../../shared/tables/delimited-text'
import { useCellEditing } from './useCellEditing'
import { useSheetSelection } from './useSheetSelection'
import { SheetRow } from './SheetRow'
import type { RowActions } from './SheetRow'

const features = tableFeatures({})
const helper = createColumnHelper<typeof features, BlockSession>()
const columns = helper.columns(
  SHEET_COLUMNS.map((c) => helper.display({ id: c.id, header: c.label })),
)
const ROW_HEIGHT = 32
const NO_FINDINGS: readonly FindingView[] = []
const COL_COUNT = SHEET_COLUMNS.length

interface Props {
  rows: BlockSession[]
  weekCount: number
  /** Day stress label per (week, day), e.g. "HIGH 4". */
  dayStress: (week: number, day: number) => { label: string; cls: string }
  findingsBySession: Map<string, FindingView[]>
  /** Rows to select from outside (a finding clicked in the panel). */
  focusRows: { ids: string[]; token: number } | null
  apply: (step: EditStep) => Promise<void>
  undo: () => Promise<void>
  redo: () => Promise<void>
  onRejected: (rejected: Rejected[]) => void
  newId: () => string
  /** ? or F1: the keyboard help. */
  onHelp: () => void
}

/**
 * The block as a spreadsheet (WAI-ARIA grid): one active cell, arrows/Tab/Home/End/PageUp/Down,
 * typing or F2 edits, Enter commits, Escape cancels; shift-arrows and dragging select a range that
 * copies and pastes as tab-separated text; Ctrl+D fills down; Ctrl+Z / Ctrl+Shift+Z undo and redo.
 */
export const Sheet = memo(function Sheet(props: Props) {
  const { weekCount } = props
  // Sessions typed into the empty row, drawn at once and until their save is answered, so that the
  // coach can go on typing into them.
  const [appending, setAppending] = useState<readonly BlockSession[]>([])
  const rows = useMemo(() => {
    const saved = new Set(props.rows.map((r) => r.id))
    const unsaved = appending.filter((s) => !saved.has(s.id))
    return unsaved.length === 0 ? props.rows : sheetRows([...props.rows, ...unsaved])
  }, [props.rows, appending])
  // The always-present empty row under the last session: typing or pasting there adds sessions.
  const shownRows = useMemo(() => [...rows, draftSession(rows, DRAFT_ROW_ID)], [rows])
  const draftIndex = rows.length
  const table = useTable({ features, columns, data: shownRows })
  const tableRows = table.getRowModel().rows
  const selection = useSheetSelection(shownRows, COL_COUNT)
  const { active, range } = selection
  /** The selected rows that are sessions (the empty row is not one). */
  const sessionRange = { ...range, bottom: Math.min(range.bottom, draftIndex - 1) }
  const dragging = useRef(false)
  const grid = useRef<HTMLDivElement>(null)
  const { editing, startEdit, commit, cancel, settledFirst, dropWaitingMove, focusGrid } =
    useCellEditing({
      rows: shownRows,
      weekCount,
      selection,
      grid,
      apply: props.apply,
      onRejected: props.onRejected,
      newId: props.newId,
      onAppend: (session, saved) => {
        setAppending((list) => [...list, session])
        // Saved or refused, the row is then drawn from the block as the backend answered.
        const done = () => setAppending((list) => list.filter((s) => s.id !== session.id))
        void saved.then(done, done)
      },
    })
  const scroller = useRef<HTMLDivElement>(null)
  // Scrolled sideways: the frozen columns stick (see styles.css).
  const [sideways, setSideways] = useState(false)
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })

  useEffect(() => {
    // Scrolling forces a layout, and most moves stay within the rows in view: check against the
    // virtualiser's last known scroll position (no layout read) and scroll only when needed.
    const viewTop = virtualizer.scrollOffset ?? 0
    const viewBottom = viewTop + (virtualizer.scrollRect?.height ?? 0)
    const rowTop = active.row * ROW_HEIGHT
    // The sticky header row covers the first ROW_HEIGHT of the view.
    if (rowTop >= viewTop && rowTop + 2 * ROW_HEIGHT <= viewBottom) return
    virtualizer.scrollToIndex(active.row, { align: 'auto' })
  }, [active.row, virtualizer])

  useEffect(() => {
    // The same for columns: cells are focused without scrolling (see below), so the sheet keeps
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

  useEffect(() => {
    if (!props.focusRows) return
    const indexes = props.focusRows.ids
      .map((id) => rows.findIndex((r) => r.id === id))
      .filter((i) => i >= 0)
    if (indexes.length === 0) return
    // An edit still waiting for its save closes where it is: the finding's rows are the selection.
    dropWaitingMove()
    selection.moveTo({ row: Math.min(...indexes), col: COL_COUNT - 1 }, false)
    selection.moveTo({ row: Math.max(...indexes), col: 0 }, true)
    grid.current?.focus({ preventScroll: true })
    // Only a new request moves the selection; rows changing under it must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.focusRows?.token])

  // Keyboard focus follows the active cell while the grid has it (not while a cell is being edited,
  // and not when the coach is typing elsewhere on the screen).
  // The shown range is a dependency because a far jump (PageDown, Ctrl+End) renders the new active
  // row only after the virtualiser has scrolled to it.
  const shown = virtualizer.getVirtualItems()
  const firstShown = shown[0]?.index
  const lastShown = shown.at(-1)?.index
  useEffect(() => {
    if (editing || !grid.current?.contains(document.activeElement)) return
    const cell = grid.current.querySelector<HTMLElement>('[data-active="true"]')
    // The virtualiser scrolls the active row into view; a focus that scrolls too would move the
    // rows under a pointer on its way to them (frozen, sticky cells are scrolled to otherwise).
    if (cell && cell !== document.activeElement) cell.focus({ preventScroll: true })
  }, [active.row, active.col, editing, firstShown, lastShown])

  async function run(step: EditStep | null, rejected: Rejected[] = []) {
    if (rejected.length > 0) props.onRejected(rejected)
    if (step) await props.apply(step)
    focusGrid()
  }

  /** A new row under the active one, with the cursor on it (where it lands once saved). */
  function insertRow() {
    const id = props.newId()
    const after = Math.min(active.row, draftIndex - 1)
    selection.moveToSession(id, active.col, { fallbackRow: after + 1 })
    void run(insertRowEdit(rows, after, id))
  }

  function deleteRows() {
    void run(deleteRowsEdit(rows, sessionRange.top, sessionRange.bottom))
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (settledFirst()) {
      latest.current.onKeyDown(event)
      return
    }
    if (editing) return
    const mod = event.ctrlKey || event.metaKey
    const key = event.key
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 320) / ROW_HEIGHT) - 1)
    const moves: Record<string, () => { row: number; col: number }> = {
      ArrowUp: () => ({ row: active.row - 1, col: active.col }),
      ArrowDown: () => ({ row: active.row + 1, col: active.col }),
      ArrowLeft: () => ({ row: active.row, col: active.col - 1 }),
      ArrowRight: () => ({ row: active.row, col: active.col + 1 }),
      Home: () => (mod ? { row: 0, col: 0 } : { row: active.row, col: 0 }),
      End: () =>
        mod
          ? { row: rows.length - 1, col: COL_COUNT - 1 }
          : { row: active.row, col: COL_COUNT - 1 },
      PageUp: () => ({ row: active.row - page, col: active.col }),
      PageDown: () => ({ row: active.row + page, col: active.col }),
    }
    if (moves[key]) {
      event.preventDefault()
      selection.moveTo(moves[key](), event.shiftKey)
      return
    }
    if (key === 'Tab') {
      // Tab walks the cells a coach can type in; Day stress and Findings are read, not typed.
      const step = event.shiftKey ? -1 : 1
      const sameRow = nextEditableColumn(active.col, step)
      const lastRow = step === 1 ? active.row === shownRows.length - 1 : active.row === 0
      if (sameRow === null && lastRow) return // leave the grid
      event.preventDefault()
      if (sameRow !== null) selection.moveTo({ row: active.row, col: sameRow }, false)
      else {
        const wrapped = nextEditableColumn(step === 1 ? -1 : COL_COUNT, step)!
        selection.moveTo({ row: active.row + step, col: wrapped }, false)
      }
      return
    }
    if (mod && key.toLowerCase() === 'z') {
      event.preventDefault()
      void (event.shiftKey ? props.redo() : props.undo()).then(focusGrid)
      return
    }
    if (mod && key.toLowerCase() === 'y') {
      event.preventDefault()
      void props.redo().then(focusGrid)
      return
    }
    if (mod && key.toLowerCase() === 'd') {
      event.preventDefault()
      const { step, rejected } = fillDownEdit(rows, SHEET_COLUMNS, sessionRange, weekCount)
      void run(step, rejected)
      return
    }
    if (key === 'F1' || (key === '?' && !mod)) {
      event.preventDefault()
      props.onHelp()
      return
    }
    if ((key === 'Enter' && !mod) || key === 'F2') {
      event.preventDefault()
      startEdit()
      return
    }
    if ((key === 'Delete' || key === 'Backspace') && !event.shiftKey && !mod) {
      // Empties the selected cells: optional ones to nothing, required ones to their default.
      event.preventDefault()
      if (sessionRange.bottom < sessionRange.top) return
      const width = range.right - range.left + 1
      const blanks = Array.from({ length: sessionRange.bottom - range.top + 1 }, () =>
        Array.from({ length: width }, () => ''),
      )
      const at = { row: range.top, col: range.left }
      const { step, rejected } = pasteEdit(
        rows,
        SHEET_COLUMNS,
        at,
        blanks,
        weekCount,
        props.newId,
        'clear',
      )
      void run(step, rejected)
      return
    }
    if (key === 'Escape') {
      selection.collapse()
      return
    }
    // Ctrl+Enter or Ctrl+Shift+= (Ctrl++) inserts a row; Ctrl+- (or Shift+Delete) deletes rows.
    if ((mod && key === 'Enter') || (mod && event.shiftKey && (key === '+' || key === '='))) {
      event.preventDefault()
      insertRow()
      return
    }
    if ((mod && key === '-') || (key === 'Delete' && event.shiftKey)) {
      event.preventDefault()
      deleteRows()
      return
    }
    if (!mod && !event.altKey && key.length === 1) {
      event.preventDefault()
      startEdit(key)
    }
  }

  function onCopy(event: ClipboardEvent<HTMLDivElement>): void {
    if (settledFirst()) {
      latest.current.onCopy(event)
      return
    }
    if (editing) return
    event.preventDefault()
    event.clipboardData.setData('text/plain', writeTsv(rangeText(rows, SHEET_COLUMNS, range)))
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>): void {
    if (settledFirst()) {
      latest.current.onPaste(event)
      return
    }
    if (editing) return
    event.preventDefault()
    let cells = parseDelimited(event.clipboardData.getData('text/plain'), '\t')
    // One value pasted over a selected range fills the range, as in a spreadsheet (its sessions: the
    // empty row takes a paste of its own).
    const single = cells.length === 1 && cells[0]!.length === 1
    const fill = range.top < draftIndex ? sessionRange : range
    if (single && (fill.bottom > fill.top || fill.right > fill.left)) {
      const value = cells[0]![0]!
      cells = Array.from({ length: fill.bottom - fill.top + 1 }, () =>
        Array.from({ length: range.right - range.left + 1 }, () => value),
      )
    }
    const { step, rejected } = pasteEdit(
      rows,
      SHEET_COLUMNS,
      { row: range.top, col: range.left },
      cells,
      weekCount,
      props.newId,
    )
    void run(step, rejected)
  }

  const template = SHEET_COLUMNS.map((c) => `${c.width}px`).join(' ')
  const headers = SHEET_COLUMNS

  // Rows get one stable actions object that calls the latest handlers, so memoised rows stay put.
  const handlers = { selection, startEdit, commit, cancel, onKeyDown, onCopy, onPaste }
  const latest = useRef(handlers)
  latest.current = handlers
  const rowActions = useMemo<RowActions>(
    () => ({
      press: (row, col, extend) => {
        dragging.current = true
        latest.current.selection.moveTo({ row, col }, extend)
      },
      dragOver: (row, col) => {
        if (dragging.current) latest.current.selection.moveTo({ row, col }, true)
      },
      startEdit: () => latest.current.startEdit(),
      commit: (text, move) => void latest.current.commit(text, move),
      cancel: () => latest.current.cancel(),
    }),
    [],
  )

  return (
    // A press anywhere in the sheet (a cell, Insert row) first shows a committed edit still waiting
    // for its save, so the handlers that take the press see the cursor where the coach does.
    <div className="sheet" onPointerDownCapture={() => settledFirst()}>
      <div className="sheet-actions" role="toolbar" aria-label="Rows">
        <button type="button" onClick={insertRow} aria-keyshortcuts="Control+Enter">
          Insert row
        </button>
        <button
          type="button"
          disabled={sessionRange.bottom < sessionRange.top}
          onClick={deleteRows}
          aria-keyshortcuts="Control+-"
        >
          Delete{' '}
          {sessionRange.bottom > sessionRange.top
            ? `${sessionRange.bottom - sessionRange.top + 1} rows`
            : 'row'}
        </button>
      </div>
      <div
        ref={grid}
        role="grid"
        aria-label="Sessions"
        aria-rowcount={shownRows.length + 1}
        aria-colcount={COL_COUNT}
        aria-multiselectable="true"
        className="sheet-grid"
        onKeyDown={onKeyDown}
        onCopy={onCopy}
        onPaste={onPaste}
        onMouseUp={() => (dragging.current = false)}
      >
        <div
          ref={scroller}
          className={`sheet-scroll ${sideways ? 'scrolled-x' : ''}`}
          onScroll={(e) => setSideways(e.currentTarget.scrollLeft > 0)}
        >
          <div
            role="row"
            aria-rowindex={1}
            className="sheet-row sheet-header"
            style={{ gridTemplateColumns: template }}
          >
            {headers.map((h, i) => (
              <div
                key={h.id}
                role="columnheader"
                aria-colindex={i + 1}
                className={`sheet-cell ${i < FROZEN_COLUMNS ? 'frozen' : ''}`}
                style={i < FROZEN_COLUMNS ? { left: COLUMN_LEFT[i] } : undefined}
              >
                {h.label}
              </div>
            ))}
          </div>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const session = tableRows[item.index]!.original
              const previous = rows[item.index - 1]
              const inRange = item.index >= range.top && item.index <= range.bottom
              return (
                <SheetRow
                  draft={item.index === draftIndex}
                  key={session.id}
                  session={session}
                  index={item.index}
                  top={item.start}
                  template={template}
                  newWeek={!previous || previous.weekIndex !== session.weekIndex}
                  stress={props.dayStress(session.weekIndex, session.day)}
                  findings={props.findingsBySession.get(session.id) ?? NO_FINDINGS}
                  activeCol={active.row === item.index ? active.col : -1}
                  selected={inRange ? [range.left, range.right] : null}
                  editing={editing?.id === session.id ? editing : null}
                  actions={rowActions}
                />
              )
            })}
          </div>
        </div>
      </div>
    </div>
  )
})
