import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { ExerciseIndex } from '../../../../shared/exercises/exercise-index'
import { formatCompactLine } from '../../../../shared/exercises/compact-line'
import { isCoachSheet } from '../../../../shared/imports/coach-sheet'
import { parseClipboard, writeTsv } from '../../../../shared/tables/delimited-text'
import type { EditStep } from './edit-history'
import type { LinesMoved } from './lines-on-modality'
import { pasteLinesEdit } from './line-edits'
import { overwrittenAcrossWeeks } from './paste-overwrite'
import type { SheetColumn } from './sheet-columns'
import { pasteEdit, pasteSheetEdit, rangeText } from './sheet-edits'
import type { CellRange, Rejected } from './sheet-edits'
import { selectedLines } from './sheet-items'
import type { SheetItem } from './sheet-items'

/** Where the clipboard meets the sheet: its rows as drawn, the selection and the block. */
export interface ClipboardPlace {
  items: readonly SheetItem[]
  activeItem: SheetItem | undefined
  /** The selection in drawn rows, and the same as indexes into `rows` (sessions only). */
  range: CellRange
  sessionRange: CellRange
  rows: readonly BlockSession[]
  columns: readonly SheetColumn[]
  weekCount: number
  newId: () => string
  library: ExerciseIndex
}

/** What Ctrl+C puts on the clipboard: lines in their compact form, one a row, or the cells. */
export function copiedText(place: ClipboardPlace): string {
  const { activeItem } = place
  if (activeItem?.kind === 'line') {
    const { from, to } = selectedLines(place.items, place.range, activeItem)
    const lines = (activeItem.session.exercises ?? []).slice(from, to + 1)
    return writeTsv(lines.map((l) => [formatCompactLine(l)]))
  }
  return writeTsv(rangeText(place.rows, place.columns, place.sessionRange))
}

/**
 * What a paste does, worked out before anything is saved: lines of the session under the cursor,
 * a line that cannot be read, or cells (with the sessions of other weeks it would replace, which
 * the coach is asked about first).
 */
export type PastePlan =
  | { kind: 'lines'; step: EditStep | null }
  | { kind: 'refused'; message: string }
  | {
      kind: 'cells'
      step: EditStep | null
      rejected: Rejected[]
      moved: LinesMoved[]
      replaced: BlockSession[]
    }

export function planPaste(text: string, place: ClipboardPlace): PastePlan {
  const { activeItem, rows, range, sessionRange, weekCount, newId } = place
  if (activeItem?.kind === 'line') {
    // On a line (or the row adding one): the pasted rows are lines of that session.
    const result = pasteLinesEdit(activeItem.session, activeItem.lineIndex, parseClipboard(text))
    return 'error' in result
      ? { kind: 'refused', message: result.error }
      : { kind: 'lines', step: result.step }
  }
  // Rows copied from a coach's own sheet with its header land as Import… would place them.
  if (isCoachSheet(text)) {
    const { step, rejected } = pasteSheetEdit(text, rows, weekCount, newId, place.library)
    return { kind: 'cells', step, rejected, moved: [], replaced: [] }
  }
  let cells = parseClipboard(text)
  // One value pasted over a selected range fills the range, as in a spreadsheet (its sessions: the
  // empty row takes a paste of its own).
  const single = cells.length === 1 && cells[0]!.length === 1
  // Pasting on the empty row adds sessions after the last one.
  const draftIndex = place.items.length - 1
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
    place.columns,
    { row: fill.top, col: range.left },
    cells,
    weekCount,
    newId,
  )
  // Sessions of more than one week pasted over: the coach sees what goes and says yes once.
  const replaced = pasted.step ? overwrittenAcrossWeeks(rows, pasted.step.redo) : []
  return {
    kind: 'cells',
    step: pasted.step,
    rejected: pasted.rejected,
    moved: pasted.moved,
    replaced,
  }
}

/** Delete over a selection: its cells emptied, optional ones to nothing, required ones to their default. */
export function clearedCells(place: ClipboardPlace) {
  const { range, sessionRange } = place
  if (sessionRange.bottom < sessionRange.top) return null
  const width = range.right - range.left + 1
  const blanks = Array.from({ length: sessionRange.bottom - sessionRange.top + 1 }, () =>
    Array.from({ length: width }, () => ''),
  )
  const at = { row: sessionRange.top, col: range.left }
  return pasteEdit(place.rows, place.columns, at, blanks, place.weekCount, place.newId, 'clear')
}
