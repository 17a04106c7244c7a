import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { ClipboardEvent, KeyboardEvent, RefObject } from 'react'
import type { FindingView } from '../../../../shared/schemas/analysis.schema'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { ExerciseIndex } from '../../../../shared/exercises/exercise-index'
import type { EditStep } from './edit-history'
import {
  COLUMN_LEFT,
  FROZEN_COLUMNS,
  FROZEN_WIDTH,
  SHEET_COLUMNS,
  frozenLeft,
  visibleColumns,
  regionFromLines,
} from './sheet-columns'
import {
  deleteRowsEdit,
  fillDownEdit,
  pasteSheetEdit,
  insertRowEdit,
  pasteEdit,
  rangeText,
} from './sheet-edits'
import { sheetRows } from './sheet-rows'
import { lineCount, sheetItems } from './sheet-items'
import type { LineItem } from './sheet-items'
import { PasteConfirm } from './PasteConfirm'
import { overwrittenAcrossWeeks } from './paste-overwrite'
import { linesMovedNotice } from './lines-on-modality'
import type { LinesMoved } from './lines-on-modality'
import { navigationTarget, pageRows, scrollToShow, tabTarget } from './sheet-navigation'
import { sheetCommand } from './sheet-keymap'
import type { SheetCommand } from './sheet-keymap'
import { isCoachSheet } from '../../../../shared/imports/coach-sheet'
import type { Rejected } from './sheet-edits'
import { parseClipboard, writeTsv } from '../../../../shared/tables/delimited-text'
import { useCellEditing } from './useCellEditing'
import { useSheetSelection } from './useSheetSelection'
import { SheetRow } from './SheetRow'
import { LineRow } from './LineRow'
import {
  LINE_CELLS,
  addLineRowId,
  deleteLineEdit,
  fillLinesEdit,
  lineCellAt,
  lineCellText,
  lineFieldEdit,
  lineRowId,
  pasteLinesEdit,
} from './line-edits'
import type { LineField } from './line-edits'
import type { CommitMove } from './useCellEditing'
import { formatCompactLine } from '../../../../shared/exercises/compact-line'
import type { Exercise } from '../../../../shared/schemas/session.schema'
import type { RowActions } from './SheetRow'

const features = tableFeatures({})
const helper = createColumnHelper<typeof features, BlockSession>()
const columns = helper.columns(
  SHEET_COLUMNS.map((c) => helper.display({ id: c.id, header: c.label })),
)
const ROW_HEIGHT = 32
/** Room kept under the last row in view for the sheet's sideways scrollbar. */
const SCROLLBAR_ALLOWANCE = 16
const NO_FINDINGS: readonly FindingView[] = []

interface Props {
  rows: BlockSession[]
  weekCount: number
  /** Day stress label per (week, day), e.g. "HIGH 4". */
  dayStress: (week: number, day: number) => { label: string; cls: string }
  findingsBySession: Map<string, FindingView[]>
  /** Rows to select from outside (a finding clicked in the panel). */
  focusRows: { ids: string[]; token: number } | null
  apply: (step: EditStep) => Promise<unknown>
  undo: () => Promise<void>
  redo: () => Promise<void>
  onRejected: (rejected: Rejected[]) => void
  /** Says what a step did beyond the cells typed (a lift's lines moved to its notes). */
  onNotice: (text: string) => void
  newId: () => string
  /** ? or F1: the keyboard help. */
  onHelp: () => void
  /** The load a line comes to for this client, typed or computed from their max. */
  lineLoad: (line: Exercise) => { text: string; computed: boolean } | null
  /** The client's load unit, for typed loads in the lines. */
  loadUnit?: 'kg' | 'lb'
  /** A run's pace band for the client, shown as the row's tooltip. */
  runPace?: (session: BlockSession) => string | null
  /** The database's exercise library: regions derived from lines, names in a pasted sheet. */
  library: ExerciseIndex
  /** Show the Log columns (Status, Actual RPE, Actual min), hidden by default. */
  showLog?: boolean
  /** What the Block menu asks of the sheet: rows inserted or deleted at the cursor, its week. */
  commands?: RefObject<SheetCommands | null>
  /** How many sessions the selection holds, when that changes (the menu's "Delete 2 rows"). */
  onSelectedSessions?: (count: number) => void
}

/** The sheet's actions offered in the Block menu, beside their keys (Ctrl+Enter, Ctrl+−). */
export interface SheetCommands {
  insertRow(): void
  deleteRows(): void
  /** The week of the cursor's row (0-based): what Balance and Copy week start from. */
  cursorWeek(): number
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
  // Each session's lines as the coach last left them while their save is on its way: a line step
  // replaces the whole list, so the next edit must start from this one, not from the last save.
  const [pendingLines, setPendingLines] = useState<ReadonlyMap<string, Exercise[] | null>>(
    () => new Map(),
  )
  const rows = useMemo(() => {
    const saved = new Set(props.rows.map((r) => r.id))
    const unsaved = appending.filter((s) => !saved.has(s.id))
    const all = unsaved.length === 0 ? props.rows : sheetRows([...props.rows, ...unsaved])
    if (pendingLines.size === 0) return all
    return all.map((s) => {
      if (!pendingLines.has(s.id)) return s
      const { exercises: _old, ...rest } = s
      const lines = pendingLines.get(s.id)
      return lines ? { ...rest, exercises: lines } : rest
    })
  }, [props.rows, appending, pendingLines])
  // Sessions whose exercise lines are shown under them (Alt+Down opens, Alt+Up closes).
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set())
  // The rows as drawn: each session, its lines when open, and the always-present empty row under
  // the last session (typing or pasting there adds sessions). `shownRows` is each row's session.
  const items = useMemo(() => sheetItems(rows, expanded), [rows, expanded])
  const shownRows = useMemo(() => items.map((i) => i.session), [items])
  const draftIndex = items.length - 1
  const sessionIndex = useMemo(() => new Map(rows.map((s, i) => [s.id, i])), [rows])
  const table = useTable({ features, columns, data: shownRows })
  const tableRows = table.getRowModel().rows
  // The columns shown: the Log columns come last, so hiding them moves no other column.
  const shownColumns = visibleColumns(props.showLog ?? false)
  const COL_COUNT = shownColumns.length
  const selection = useSheetSelection(items, COL_COUNT)
  const { active, range } = selection
  const activeItem = items[active.row]
  /**
   * The selected sessions, as indexes into `rows` (line rows and the empty row are not sessions):
   * what fill-down, clearing, copying and deleting rows work on.
   */
  const sessionRange = useMemo(() => {
    const chosen = items
      .slice(range.top, range.bottom + 1)
      .filter((i) => i.kind === 'session')
      .map((i) => sessionIndex.get(i.id)!)
    return chosen.length === 0
      ? { ...range, top: 0, bottom: -1 }
      : { ...range, top: Math.min(...chosen), bottom: Math.max(...chosen) }
  }, [items, range, sessionIndex])
  // The line being edited: its row id and the text so far (lines have an editor of their own).
  const [lineEditing, setLineEditing] = useState<{
    id: string
    field: LineField
    text: string
    error: string | null
  } | null>(null)
  // A paste over sessions of more than one week, waiting for the coach's yes.
  const [confirmPaste, setConfirmPaste] = useState<{
    replaced: BlockSession[]
    go: () => void
  } | null>(null)
  const dragging = useRef(false)
  const grid = useRef<HTMLDivElement>(null)
  const { editing, startEdit, commit, cancel, settledFirst, dropWaitingMove, focusGrid } =
    useCellEditing({
      rows: shownRows,
      colCount: COL_COUNT,
      weekCount,
      selection,
      grid,
      apply: props.apply,
      onRejected: props.onRejected,
      onNotice: props.onNotice,
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
      .map((id) => items.findIndex((r) => r.id === id))
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
    // Not while a cell or a line is being edited: its editor has the keyboard.
    if (editing || lineEditing || !grid.current) return
    // A far jump (Ctrl+End) scrolls the focused cell's row out of the page before the new one is
    // drawn, and focus falls to the page body: that too is the grid's to take back.
    const focused = document.activeElement
    const fell = focused === null || focused === document.body
    if (!fell && !grid.current.contains(focused)) return
    const cell = grid.current.querySelector<HTMLElement>('[data-active="true"]')
    // The virtualiser scrolls the active row into view; a focus that scrolls too would move the
    // rows under a pointer on its way to them (frozen, sticky cells are scrolled to otherwise).
    if (cell && cell !== document.activeElement) cell.focus({ preventScroll: true })
  }, [active.row, active.col, editing, lineEditing, firstShown, lastShown])

  /** A step that changes a session's lines: shown at once, saved in the queue like any other. */
  function runLines(step: EditStep | null) {
    const change = step?.redo[0]
    if (!step || change?.op !== 'update') return run(step)
    const lines = change.changes.exercises ?? null
    setPendingLines((map) => new Map(map).set(change.id, lines))
    const done = () =>
      setPendingLines((map) => {
        if (map.get(change.id) !== lines) return map
        const next = new Map(map)
        next.delete(change.id)
        return next
      })
    return run(step).then(done, done)
  }

  async function run(step: EditStep | null, rejected: Rejected[] = [], moved: LinesMoved[] = []) {
    if (rejected.length > 0) props.onRejected(rejected)
    const notice = linesMovedNotice(moved)
    if (notice) props.onNotice(notice)
    if (step) await props.apply(step)
    focusGrid()
  }

  /** A new row under the active one, with the cursor on it (where it lands once saved). */
  function insertRow() {
    const id = props.newId()
    const after =
      activeItem && activeItem.kind !== 'draft'
        ? sessionIndex.get(activeItem.session.id)!
        : rows.length - 1
    selection.moveToSession(id, active.col, { fallbackRow: active.row + 1 })
    void run(insertRowEdit(rows, after, id))
  }

  /** The column the lines were opened from, where closing them puts the cursor back. */
  const linesOpenedFrom = useRef<number | null>(null)

  /** Opens or closes the lines of the active row's session. */
  function showLines(open: boolean) {
    if (!activeItem || activeItem.kind === 'draft') return
    const id = activeItem.session.id
    setExpanded((set) => {
      const next = new Set(set)
      if (open) next.add(id)
      else next.delete(id)
      return next
    })
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
    const shown = item.line ? lineCellText(item.line, field, props.loadUnit) : ''
    setLineEditing({ id: item.id, field, text: typed ?? shown, error: null })
  }

  function commitLine(item: LineItem, text: string, move: CommitMove) {
    const field = lineEditing?.id === item.id ? lineEditing.field : 'name'
    const result = lineFieldEdit(item.session, item.lineIndex, field, text)
    if ('error' in result) {
      if (move === 'none') {
        setLineEditing(null)
        props.onRejected([
          { row: active.row, column: 'Exercise line', text, message: result.error },
        ])
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

  function deleteRows() {
    void run(deleteRowsEdit(rows, sessionRange.top, sessionRange.bottom))
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    pressedRow.current = null
    if (settledFirst()) {
      latest.current.onKeyDown(event)
      return
    }
    if (editing || lineEditing) return
    const command = sheetCommand(event)
    if (command === 'showLines' || command === 'hideLines') {
      event.preventDefault()
      showLines(command === 'showLines')
      return
    }
    if (activeItem?.kind === 'line' && onLineKey(event, activeItem)) return
    const kinds = items.map((i) => i.kind)
    const target =
      event.key === 'Tab'
        ? tabTarget(active, event.shiftKey ? -1 : 1, COL_COUNT, kinds)
        : navigationTarget(event.key, event.ctrlKey || event.metaKey, {
            kinds,
            active,
            colCount: COL_COUNT,
            page: pageRows(virtualizer.scrollRect?.height ?? 320, ROW_HEIGHT),
          })
    if (target) {
      event.preventDefault()
      selection.moveTo(target, event.shiftKey && event.key !== 'Tab')
      return
    }
    if (command === null || event.key === 'Tab') return // Tab from the last cell leaves the grid
    // Escape only narrows the selection; every other command is the sheet's, not the page's.
    if (command !== 'collapse') event.preventDefault()
    runCommand(command, event.key)
  }

  /** Does what a key asked (sheet-keymap.ts). */
  function runCommand(command: SheetCommand, key: string): void {
    switch (command) {
      case 'undo':
        return void props.undo().then(focusGrid)
      case 'redo':
        return void props.redo().then(focusGrid)
      case 'fillDown': {
        const { step, rejected, moved } = fillDownEdit(rows, shownColumns, sessionRange, weekCount)
        return void run(step, rejected, moved)
      }
      case 'help':
        return props.onHelp()
      case 'edit':
        return startEdit()
      case 'clear':
        return clearCells()
      case 'collapse':
        return selection.collapse()
      case 'insertRow':
        return insertRow()
      case 'deleteRows':
        return deleteRows()
      case 'type':
        return startEdit(key)
    }
  }

  /** Empties the selected cells: optional ones to nothing, required ones to their default. */
  function clearCells(): void {
    if (sessionRange.bottom < sessionRange.top) return
    const width = range.right - range.left + 1
    const blanks = Array.from({ length: sessionRange.bottom - sessionRange.top + 1 }, () =>
      Array.from({ length: width }, () => ''),
    )
    const at = { row: sessionRange.top, col: range.left }
    const { step, rejected, moved } = pasteEdit(
      rows,
      shownColumns,
      at,
      blanks,
      weekCount,
      props.newId,
      'clear',
    )
    void run(step, rejected, moved)
  }

  /** The selected lines of the active line's session: their first and last index. */
  function selectedLines(item: LineItem): { from: number; to: number } {
    const own = items
      .slice(range.top, range.bottom + 1)
      .filter(
        (i): i is LineItem =>
          i.kind === 'line' && i.line !== null && i.session.id === item.session.id,
      )
      .map((i) => i.lineIndex)
    return own.length === 0
      ? { from: item.lineIndex, to: item.lineIndex }
      : { from: Math.min(...own), to: Math.max(...own) }
  }

  /** Keys a line row handles itself: typing, Enter and F2 edit it; Delete removes it. */
  function onLineKey(event: KeyboardEvent<HTMLDivElement>, item: LineItem): boolean {
    const mod = event.ctrlKey || event.metaKey
    const key = event.key
    if (mod && key.toLowerCase() === 'd') {
      event.preventDefault()
      const { from, to } = selectedLines(item)
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

  function onCopy(event: ClipboardEvent<HTMLDivElement>): void {
    if (settledFirst()) {
      latest.current.onCopy(event)
      return
    }
    if (editing) return
    event.preventDefault()
    if (activeItem?.kind === 'line') {
      // Lines copy as their compact form, one a row, as a spreadsheet column.
      const { from, to } = selectedLines(activeItem)
      const lines = (activeItem.session.exercises ?? []).slice(from, to + 1)
      event.clipboardData.setData('text/plain', writeTsv(lines.map((l) => [formatCompactLine(l)])))
      return
    }
    event.clipboardData.setData('text/plain', writeTsv(rangeText(rows, shownColumns, sessionRange)))
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>): void {
    if (settledFirst()) {
      latest.current.onPaste(event)
      return
    }
    if (editing) return
    event.preventDefault()
    const text = event.clipboardData.getData('text/plain')
    if (activeItem?.kind === 'line') {
      // On a line (or the row adding one): the pasted rows are lines of that session.
      const result = pasteLinesEdit(activeItem.session, activeItem.lineIndex, parseClipboard(text))
      if ('error' in result) {
        props.onRejected([
          { row: active.row, column: 'Exercise line', text, message: result.error },
        ])
        return
      }
      void runLines(result.step)
      return
    }
    // Rows copied from a coach's own sheet with its header land as Import… would place them.
    if (isCoachSheet(text)) {
      const { step, rejected } = pasteSheetEdit(text, rows, weekCount, props.newId, props.library)
      void run(step, rejected)
      return
    }
    let cells = parseClipboard(text)
    // One value pasted over a selected range fills the range, as in a spreadsheet (its sessions: the
    // empty row takes a paste of its own).
    const single = cells.length === 1 && cells[0]!.length === 1
    // Pasting on the empty row adds sessions after the last one.
    const fill =
      range.top < draftIndex ? sessionRange : { ...range, top: rows.length, bottom: rows.length }
    if (single && (fill.bottom > fill.top || fill.right > fill.left)) {
      const value = cells[0]![0]!
      cells = Array.from({ length: fill.bottom - fill.top + 1 }, () =>
        Array.from({ length: range.right - range.left + 1 }, () => value),
      )
    }
    const pasted = pasteEdit(
      rows,
      shownColumns,
      { row: fill.top, col: range.left },
      cells,
      weekCount,
      props.newId,
    )
    const go = () => void run(pasted.step, pasted.rejected, pasted.moved)
    // Sessions of more than one week pasted over: the coach sees what goes and says yes once.
    const replaced = pasted.step ? overwrittenAcrossWeeks(rows, pasted.step.redo) : []
    if (replaced.length > 0) setConfirmPaste({ replaced, go })
    else go()
  }

  const template = shownColumns.map((c) => `${c.width}px`).join(' ')
  const headers = shownColumns

  // Rows get one stable actions object that calls the latest handlers, so memoised rows stay put.
  const handlers = {
    selection,
    startEdit,
    commit,
    cancel,
    onKeyDown,
    onCopy,
    onPaste,
    startLineEdit,
    commitLine,
    insertRow,
    deleteRows,
    activeItem,
  }
  const latest = useRef(handlers)
  latest.current = handlers
  useImperativeHandle(
    props.commands,
    () => ({
      insertRow: () => latest.current.insertRow(),
      deleteRows: () => latest.current.deleteRows(),
      cursorWeek: () => latest.current.activeItem?.session.weekIndex ?? 0,
    }),
    [],
  )
  const selectedSessions = sessionRange.bottom - sessionRange.top + 1
  const { onSelectedSessions } = props
  useEffect(() => onSelectedSessions?.(selectedSessions), [onSelectedSessions, selectedSessions])
  const rowActions = useMemo<RowActions>(
    () => ({
      press: (row, col, extend) => {
        dragging.current = true
        pressedRow.current = row
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
      <div
        ref={grid}
        role="grid"
        aria-label="Sessions"
        aria-rowcount={items.length + 1}
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
                style={i < FROZEN_COLUMNS ? frozenLeft(i) : undefined}
              >
                {h.label}
              </div>
            ))}
          </div>
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = items[item.index]!
              if (row.kind === 'line') {
                return (
                  <LineRow
                    key={row.id}
                    id={row.id}
                    session={row.session}
                    line={row.line}
                    index={item.index}
                    top={item.start}
                    template={template}
                    activeField={active.row === item.index ? lineCellAt(active.col).field : null}
                    load={row.line ? props.lineLoad(row.line) : null}
                    unit={props.loadUnit}
                    editing={lineEditing?.id === row.id ? lineEditing : null}
                    onPress={(index, col) => {
                      pressedRow.current = index
                      latest.current.selection.moveTo({ row: index, col }, false)
                    }}
                    onStartEdit={() => latest.current.startLineEdit(row)}
                    onCommit={(text, move) => latest.current.commitLine(row, text, move)}
                    onCancel={() => {
                      setLineEditing(null)
                      focusGrid()
                    }}
                  />
                )
              }
              const session = tableRows[item.index]!.original
              const previous = items[item.index - 1]?.session
              const inRange = item.index >= range.top && item.index <= range.bottom
              return (
                <SheetRow
                  columns={shownColumns}
                  draft={row.kind === 'draft'}
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
                  lines={row.kind === 'session' ? lineCount(session, expanded) : null}
                  derivedRegion={
                    session.modality === 'strength' && session.region === undefined
                      ? regionFromLines(session, props.library)
                      : undefined
                  }
                  pace={props.runPace?.(session) ?? null}
                  actions={rowActions}
                />
              )
            })}
          </div>
        </div>
      </div>
      {confirmPaste && (
        <PasteConfirm
          replaced={confirmPaste.replaced}
          onReplace={() => {
            setConfirmPaste(null)
            confirmPaste.go()
          }}
          onCancel={() => {
            setConfirmPaste(null)
            focusGrid()
          }}
        />
      )}
    </div>
  )
})
