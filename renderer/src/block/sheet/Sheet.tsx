import { memo, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react'
import type { ClipboardEvent, KeyboardEvent, RefObject } from 'react'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { EditStep } from './edit-history'
import { visibleColumns } from './sheet-columns'
import { deleteRowsEdit, fillDownEdit, insertRowEdit, sessionPlace } from './sheet-edits'
import type { Rejected } from './sheet-edits'
import { sessionRangeOf } from './sheet-items'
import { PasteConfirm } from './PasteConfirm'
import { linesMovedNotice } from './lines-on-modality'
import type { LinesMoved } from './lines-on-modality'
import { navigationTarget, pageRows, tabTarget } from './sheet-navigation'
import { sheetCommand } from './sheet-keymap'
import type { SheetCommand } from './sheet-keymap'
import { clearedCells, copiedText, planPaste } from './sheet-clipboard'
import type { ClipboardPlace } from './sheet-clipboard'
import { useCellEditing } from './useCellEditing'
import { useSheetSelection } from './useSheetSelection'
import { useSheetRows } from './useSheetRows'
import { ROW_HEIGHT, useSheetScroll } from './useSheetScroll'
import { useLineEditing } from './useLineEditing'
import { useSheetFocus } from './useSheetFocus'
import { SheetHeader } from './SheetHeader'
import { SheetBody } from './SheetBody'
import type { SheetFigures } from './SheetBody'
import type { RowActions } from './SheetRow'

interface Props extends SheetFigures {
  rows: BlockSession[]
  weekCount: number
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
  const sheet = useSheetRows(props.rows)
  const { rows, items, shownRows, sessionIndex, expanded } = sheet
  // The columns shown: the Log columns come last, so hiding them moves no other column.
  const shownColumns = visibleColumns(props.showLog ?? false)
  const COL_COUNT = shownColumns.length
  const selection = useSheetSelection(items, COL_COUNT)
  const { active, range } = selection
  const activeItem = items[active.row]
  const sessionRange = useMemo(
    () => sessionRangeOf(items, range, sessionIndex),
    [items, range, sessionIndex],
  )
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
      onAppend: sheet.showAppended,
    })
  const { scroller, sideways, setSideways, virtualizer, pressedRow } = useSheetScroll(
    items.length,
    active,
  )
  const lines = useLineEditing({
    items,
    range,
    active,
    selection,
    grid,
    focusGrid,
    runLines,
    onRejected: props.onRejected,
    setLinesOpen: sheet.setLinesOpen,
    loadUnit: props.loadUnit,
  })
  const { lineEditing } = lines

  const shown = virtualizer.getVirtualItems()
  useSheetFocus({
    grid,
    items,
    active,
    selection,
    colCount: COL_COUNT,
    focusRows: props.focusRows,
    editing: Boolean(editing) || Boolean(lineEditing),
    firstShown: shown[0]?.index,
    lastShown: shown.at(-1)?.index,
    dropWaitingMove,
  })

  /** A step that changes a session's lines: shown at once, saved in the queue like any other. */
  function runLines(step: EditStep | null): Promise<void> {
    const change = step?.redo[0]
    if (!step || change?.op !== 'update') return run(step)
    return sheet.showLinesWhile(change.id, change.changes.exercises ?? null, () => run(step))
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
      lines.showLines(command === 'showLines')
      return
    }
    if (activeItem?.kind === 'line' && lines.onLineKey(event, activeItem)) return
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
      case 'clear': {
        const cleared = clearedCells(clipboardPlace())
        return void (cleared && run(cleared.step, cleared.rejected, cleared.moved))
      }
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

  /** Where the clipboard meets the sheet now: what copying and pasting work from. */
  const clipboardPlace = (): ClipboardPlace => ({
    items,
    activeItem,
    range,
    sessionRange,
    rows,
    columns: shownColumns,
    weekCount,
    newId: props.newId,
    library: props.library,
  })

  /**
   * A clipboard event on the grid: once a pending edit has settled it goes to the handlers of the
   * render that drew it; while a cell is edited its input owns the clipboard.
   */
  const onClipboard =
    (
      handler: 'onCopy' | 'onPaste',
      handle: (event: ClipboardEvent<HTMLDivElement>) => void,
    ): ((event: ClipboardEvent<HTMLDivElement>) => void) =>
    (event) => {
      if (settledFirst()) return latest.current[handler](event)
      if (editing) return
      event.preventDefault()
      handle(event)
    }

  const onCopy = onClipboard('onCopy', (event) =>
    event.clipboardData.setData('text/plain', copiedText(clipboardPlace())),
  )

  const onPaste = onClipboard('onPaste', (event) => {
    const text = event.clipboardData.getData('text/plain')
    const plan = planPaste(text, clipboardPlace())
    if (plan.kind === 'refused') {
      const where = activeItem ? sessionPlace(activeItem.session) : 'New session'
      props.onRejected([{ where, column: 'Exercise line', text, message: plan.message }])
      return
    }
    if (plan.kind === 'lines') return void runLines(plan.step)
    const go = () => void run(plan.step, plan.rejected, plan.moved)
    if (plan.replaced.length > 0) setConfirmPaste({ replaced: plan.replaced, go })
    else go()
  })

  const template = shownColumns.map((c) => `${c.width}px`).join(' ')

  // Rows get one stable actions object that calls the latest handlers, so memoised rows stay put.
  const handlers = {
    selection,
    startEdit,
    commit,
    cancel,
    onKeyDown,
    onCopy,
    onPaste,
    startLineEdit: lines.startLineEdit,
    commitLine: lines.commitLine,
    insertRow,
    deleteRows,
    cancelLine: lines.cancelLine,
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
    [pressedRow],
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
          <SheetHeader columns={shownColumns} template={template} />
          <SheetBody
            shown={virtualizer.getVirtualItems()}
            totalHeight={virtualizer.getTotalSize()}
            items={items}
            columns={shownColumns}
            template={template}
            active={active}
            range={range}
            editing={editing}
            lineEditing={lineEditing}
            expanded={expanded}
            figures={props}
            rowActions={rowActions}
            lineActions={{
              press: (index, col) => {
                pressedRow.current = index
                latest.current.selection.moveTo({ row: index, col }, false)
              },
              startEdit: (row) => latest.current.startLineEdit(row),
              commit: (row, text, move) => latest.current.commitLine(row, text, move),
              cancel: () => latest.current.cancelLine(),
            }}
          />
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
