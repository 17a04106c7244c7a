import type { ExerciseIndex } from '../../../../shared/exercises/exercise-index'
import { readCoachSheet } from '../../../../shared/imports/coach-sheet'
import { BlockSessionSchema } from '../../../../shared/schemas/block.schema'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import { WEEKDAY_SHORT, minutesOfDay } from '../../../../shared/schemas/common.schema'
import type { SessionChanges, SessionPatch } from '../../../../shared/schemas/patch.schema'
import type { EditStep } from './edit-history'
import type { SheetColumn } from './sheet-columns'
import { blankText } from './sheet-columns'
import { insertPatch } from './sheet-rows'
import { settleLines } from './lines-on-modality'
import type { LinesMoved } from './lines-on-modality'

export interface Rejected {
  /** The row as the coach sees it ("Week 8, Sun 19:00"), never an index. */
  where: string
  column: string
  text: string
  message: string
}

export interface CellRange {
  top: number
  left: number
  bottom: number
  right: number
}

/** Applies one column's parse to a session, merging into the changes gathered for it so far. */
function parseInto(
  column: SheetColumn,
  text: string,
  session: BlockSession,
  weekCount: number,
): { changes: SessionChanges } | { error: string } {
  if (!column.parse) return { error: `${column.label} cannot be edited` }
  return column.parse(text, session, weekCount)
}

/** The step for one committed cell, or the message to show in it. */
export function cellEdit(
  session: BlockSession,
  column: SheetColumn,
  text: string,
  weekCount: number,
): { step: EditStep | null; moved?: LinesMoved[] } | { error: string } {
  const parsed = parseInto(column, text, session, weekCount)
  if ('error' in parsed) return parsed
  const changed = Object.entries(parsed.changes).some(
    ([k, v]) => ((session as Record<string, unknown>)[k] ?? null) !== (v ?? null),
  )
  if (!changed) return { step: null }
  const { changes, moved } = settleLines(session, parsed.changes)
  return {
    step: {
      label: `edit ${column.label}${moved ? ' (lines to notes)' : ''}`,
      redo: [{ op: 'update', id: session.id, changes }],
    },
    moved: moved ? [moved] : [],
  }
}

/** A new session in the sheet: an easy 30-min run on the given week and day. */
export function newSession(
  id: string,
  weekIndex: number,
  day: number,
  start: string,
  sortOrder: number,
): BlockSession {
  return {
    id,
    weekIndex,
    day,
    start,
    durationMin: 30,
    modality: 'run',
    runType: 'easy',
    toFailure: false,
    terrain: 'flat',
    priority: 'normal',
    locked: false,
    attachedTo: null,
    tag: null,
    status: 'planned',
    sortOrder,
  }
}

/** The id of the always-present empty row under the last session (it is not saved). */
export const DRAFT_ROW_ID = 'draft-row'

/**
 * The session a new row at the end of the sheet starts as: on the last row's week and day, at the
 * next free time of that day.
 */
export function draftSession(rows: readonly BlockSession[], id: string): BlockSession {
  const last = rows.at(-1)
  return onFreeStart(
    rows,
    newSession(id, last?.weekIndex ?? 0, last?.day ?? 0, '07:00', (last?.sortOrder ?? 0) + 1),
  )
}

/** A new session moved to the next free time of its own week and day. */
function onFreeStart(rows: readonly BlockSession[], session: BlockSession): BlockSession {
  const sameDay = rows.filter((s) => s.weekIndex === session.weekIndex && s.day === session.day)
  const latest = sameDay.reduce<BlockSession | undefined>(
    (a, s) => (a && a.start >= s.start ? a : s),
    undefined,
  )
  return { ...session, start: nextFreeStart(sameDay, latest) }
}

/**
 * A rectangle of text pasted with its top-left at (row, col). Rows past the end become new
 * sessions, each at the next free time of its day unless the paste gives a start. Valid cells are
 * applied, invalid ones listed; the whole paste is one step.
 */
export function pasteEdit(
  rows: readonly BlockSession[],
  columns: readonly SheetColumn[],
  at: { row: number; col: number },
  grid: readonly (readonly string[])[],
  weekCount: number,
  newId: () => string,
  label = 'paste',
): { step: EditStep | null; rejected: Rejected[]; added: BlockSession[]; moved: LinesMoved[] } {
  const redo: SessionPatch[] = []
  const rejected: Rejected[] = []
  const added: BlockSession[] = []
  const moved: LinesMoved[] = []
  grid.forEach((cells, r) => {
    const rowIndex = at.row + r
    const existing = rows[rowIndex]
    let session = existing ?? draftSession([...rows, ...added], newId())
    const original = session
    let changes: SessionChanges = {}
    cells.forEach((text, c) => {
      const column = columns[at.col + c]
      // Past the last column, or an empty cell over a read-only column (a copied range), is skipped.
      if (!column || (!column.parse && text === '')) return
      // An empty cell takes the column's default (Terrain flat, Priority normal); one that cannot
      // be emptied (Week, Day, Start) keeps its value.
      const typed = text.trim() === '' ? blankText(column, session) : text
      if (typed === null) return
      const parsed = parseInto(column, typed, session, weekCount)
      if ('error' in parsed) {
        rejected.push({
          where: sessionPlace(session),
          column: column.label,
          text,
          message: parsed.error,
        })
        return
      }
      changes = { ...changes, ...parsed.changes }
      session = withChanges(session, parsed.changes)
    })
    if (!existing) {
      const movedDay = session.weekIndex !== original.weekIndex || session.day !== original.day
      if (movedDay && !('start' in changes)) session = onFreeStart([...rows, ...added], session)
      added.push(session)
      redo.push(insertPatch(session))
    } else if (Object.keys(changes).length > 0) {
      // A lift pasted over with a run (or the reverse) keeps no lines of the other kind.
      const settled = settleLines(original, changes)
      if (settled.moved) moved.push(settled.moved)
      redo.push({ op: 'update', id: original.id, changes: settled.changes })
    }
  })
  return { step: redo.length === 0 ? null : { label, redo }, rejected, added, moved }
}

/**
 * A value typed into the empty row under the last session: a new session with that value, or the
 * message to show in the cell.
 */
export function appendRowEdit(
  rows: readonly BlockSession[],
  column: SheetColumn,
  text: string,
  weekCount: number,
  id: string,
): { step: EditStep; session: BlockSession } | { error: string } {
  const { step, rejected, added } = pasteEdit(
    rows,
    [column],
    { row: rows.length, col: 0 },
    [[text]],
    weekCount,
    () => id,
    'add row',
  )
  if (rejected[0]) return { error: rejected[0].message }
  const session = added[0]
  if (!step || !session) return { error: `${column.label} cannot be edited` }
  return { step, session }
}

/**
 * The session as the next cell of a paste sees it: a null clears its field. (Dropping the nulls
 * kept a new row's draft run type through "mobility": it was saved as an easy mobility session.)
 */
function withChanges(session: BlockSession, changes: SessionChanges): BlockSession {
  const out: Record<string, unknown> = { ...session }
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete out[k]
    else out[k] = v
  }
  return out as BlockSession
}

/** A row named as the sheet names it to the coach: "Week 8, Sun 19:00". */
export function sessionPlace(session: Pick<BlockSession, 'weekIndex' | 'day' | 'start'>): string {
  return `Week ${session.weekIndex + 1}, ${WEEKDAY_SHORT[session.day] ?? ''} ${session.start}`
}

/** Ctrl+D: the top row of the range copied into every row below it, column by column. */
export function fillDownEdit(
  rows: readonly BlockSession[],
  columns: readonly SheetColumn[],
  range: CellRange,
  weekCount: number,
): { step: EditStep | null; rejected: Rejected[]; moved: LinesMoved[] } {
  const source = rows[range.top]
  if (!source || range.bottom <= range.top) return { step: null, rejected: [], moved: [] }
  const texts = columns.slice(range.left, range.right + 1).map((c) => c.show(source))
  const grid = Array.from({ length: range.bottom - range.top }, () => texts)
  const result = pasteEdit(
    rows,
    columns,
    { row: range.top + 1, col: range.left },
    grid,
    weekCount,
    () => '',
  )
  return {
    step: result.step && { ...result.step, label: 'fill down' },
    rejected: result.rejected,
    moved: result.moved,
  }
}

const NEW_SESSION_MIN = 30

const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * The first start on a quarter hour, from the end of `after` (or 07:00), where a new 30-minute
 * session overlaps nothing else that day. A new row copying the time of the row above used to
 * overlap it, and the sheet flashed a critical VAL-01 until the coach typed a time.
 */
export function nextFreeStart(
  sameDay: readonly BlockSession[],
  after: BlockSession | undefined,
): string {
  const busy = sameDay.map((s) => {
    const start = minutesOfDay(s.start)
    return { start, end: start + s.durationMin }
  })
  const from = after ? minutesOfDay(after.start) + after.durationMin : 7 * 60
  const free = (start: number) =>
    start + NEW_SESSION_MIN <= 24 * 60 &&
    busy.every((b) => start + NEW_SESSION_MIN <= b.start || start >= b.end)
  const quarter = (m: number) => Math.ceil(m / 15) * 15
  for (let start = quarter(from); start + NEW_SESSION_MIN <= 24 * 60; start += 15) {
    if (free(start)) return clockOf(start)
  }
  for (let start = 5 * 60; start < from; start += 15) if (free(start)) return clockOf(start)
  return after?.start ?? '07:00'
}

/** Inserts a new session after `row` (same week and day, at the next free time), as one step. */
export function insertRowEdit(rows: readonly BlockSession[], row: number, id: string): EditStep {
  const after = rows[row]
  const week = after?.weekIndex ?? 0
  const day = after?.day ?? 0
  const sameDay = rows.filter((s) => s.weekIndex === week && s.day === day)
  const session = newSession(
    id,
    week,
    day,
    nextFreeStart(sameDay, after),
    (after?.sortOrder ?? 0) + 1,
  )
  return { label: 'insert row', redo: [insertPatch(session)] }
}

/** Deletes rows (undo, from the backend, puts back exactly what was there). */
export function deleteRowsEdit(
  rows: readonly BlockSession[],
  from: number,
  to: number,
): EditStep | null {
  const doomed = rows.slice(from, to + 1)
  if (doomed.length === 0) return null
  return {
    label: doomed.length === 1 ? 'delete row' : `delete ${doomed.length} rows`,
    redo: doomed.map((s) => ({ op: 'delete', id: s.id })),
  }
}

/** The text of a rectangular range, for the clipboard. */
export function rangeText(
  rows: readonly BlockSession[],
  columns: readonly SheetColumn[],
  range: CellRange,
): string[][] {
  return rows
    .slice(range.top, range.bottom + 1)
    .map((s) => columns.slice(range.left, range.right + 1).map((c) => c.show(s)))
}

/**
 * Rows of a coach's training sheet pasted with their header (Week, Day, Time, Session, Exercise…)
 * land as they would by Import…: each session, with its lines, on the week and day the sheet
 * gives. Every bad cell is named and nothing lands unless all are understood.
 */
export function pasteSheetEdit(
  text: string,
  rows: readonly BlockSession[],
  weekCount: number,
  newId: () => string,
  library: ExerciseIndex,
): { step: EditStep | null; rejected: Rejected[] } {
  const reading = readCoachSheet(text, { library })
  if (!reading.ok) {
    return {
      step: null,
      rejected: reading.problems.map((p) => ({
        // A row of the coach's own spreadsheet, as numbered there.
        where: `Row ${p.row} of the pasted sheet`,
        column: p.column,
        text: p.text,
        message: p.message,
      })),
    }
  }
  const tooLate = reading.sessions.find((s) => s.week > weekCount)
  if (tooLate) {
    return {
      step: null,
      rejected: [
        {
          where: 'The pasted sheet',
          column: 'Week',
          text: String(tooLate.week),
          message: `this block has ${weekCount} weeks; add weeks (Weeks…) before pasting week ${tooLate.week}`,
        },
      ],
    }
  }
  const firstOrder = Math.max(0, ...rows.map((r) => r.sortOrder)) + 1
  const sessions = reading.sessions.map(({ id: _id, week, ...s }, i) =>
    BlockSessionSchema.parse({ ...s, id: newId(), weekIndex: week - 1, sortOrder: firstOrder + i }),
  )
  return {
    step: {
      label: 'paste sheet',
      redo: sessions.map(insertPatch),
    },
    rejected: [],
  }
}
