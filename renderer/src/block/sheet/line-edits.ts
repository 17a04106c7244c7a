import { formatCompactLine, parseCompactLine } from '../../../../shared/exercises/compact-line'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { Exercise } from '../../../../shared/schemas/session.schema'
import type { EditStep } from './edit-history'

/** Where a session's exercise lines are drawn: the session row, then one row per line, then an
 * empty row to type the next line into. Ids keep rows apart from the session they belong to. */
export const lineRowId = (sessionId: string, index: number) => `${sessionId}#line${index}`
export const addLineRowId = (sessionId: string) => `${sessionId}#add`

/** The step that gives a session these lines. */
function linesStep(session: BlockSession, lines: Exercise[], label: string): EditStep {
  return {
    label,
    redo: [
      { op: 'update', id: session.id, changes: { exercises: lines.length > 0 ? lines : null } },
    ],
  }
}

/**
 * A line typed in the compact form (`Back squat 5x5 @80%`) at `index` of the session's lines:
 * replacing that line, or added after the last one when `index` is past it. An emptied line is
 * removed. Returns the step, or the message to show in the cell.
 */
export function lineEdit(
  session: BlockSession,
  index: number,
  text: string,
): { step: EditStep | null } | { error: string } {
  const lines = [...(session.exercises ?? [])]
  if (text.trim() === '') {
    if (index >= lines.length) return { step: null }
    lines.splice(index, 1)
    return { step: linesStep(session, lines, 'delete line') }
  }
  const read = parseCompactLine(text)
  if (!read.ok) return { error: read.message }
  const adding = index >= lines.length
  if (adding) lines.push(read.line)
  else lines[index] = read.line
  return { step: linesStep(session, lines, adding ? 'add line' : 'edit line') }
}

/** Deletes one line of a session. */
export function deleteLineEdit(session: BlockSession, index: number): EditStep | null {
  const lines = [...(session.exercises ?? [])]
  if (index >= lines.length) return null
  lines.splice(index, 1)
  return linesStep(session, lines, 'delete line')
}

/**
 * Lines pasted from index `at` on (a spreadsheet's rows, each row's cells read as one compact
 * line: "Back squat 5x5 @80%" or "Back squat | 5x5 | @80%"): each replaces the line there, or is
 * added after the last. All or nothing: the message names the first row that cannot be read.
 */
export function pasteLinesEdit(
  session: BlockSession,
  at: number,
  rows: readonly (readonly string[])[],
): { step: EditStep | null } | { error: string } {
  const lines = [...(session.exercises ?? [])]
  const texts = rows.map((cells) =>
    cells
      .map((c) => c.trim())
      .filter(Boolean)
      .join(' '),
  )
  let index = at
  for (const [i, text] of texts.entries()) {
    if (text === '') continue
    const read = parseCompactLine(text)
    if (!read.ok) return { error: `Pasted row ${i + 1}: ${read.message}` }
    if (index < lines.length) lines[index] = read.line
    else lines.push(read.line)
    index++
  }
  return index === at ? { step: null } : { step: linesStep(session, lines, 'paste lines') }
}

/** Ctrl+D over lines of one session: the top line copied into the ones below it. */
export function fillLinesEdit(session: BlockSession, from: number, to: number): EditStep | null {
  const lines = [...(session.exercises ?? [])]
  const top = lines[from]
  if (!top || to <= from) return null
  for (let i = from + 1; i <= Math.min(to, lines.length - 1); i++) lines[i] = { ...top }
  return linesStep(session, lines, 'fill down lines')
}

/** The cells of a line row, and the sheet columns each spans (a line row has fewer, wider cells). */
export const LINE_CELLS = [
  { field: 'name', label: 'Exercise', from: 2, span: 3 },
  { field: 'amount', label: 'Sets × reps', from: 5, span: 1 },
  { field: 'intensity', label: 'Intensity', from: 6, span: 1 },
  { field: 'load', label: 'Load', from: 7, span: 1 },
  { field: 'rest', label: 'Rest', from: 8, span: 1 },
  { field: 'notes', label: 'Line notes', from: 9, span: 8 },
] as const
export type LineField = (typeof LINE_CELLS)[number]['field']

/** The line cell under a sheet column (the gutter's columns belong to the exercise). */
export function lineCellAt(col: number): (typeof LINE_CELLS)[number] {
  return LINE_CELLS.find((c) => col >= c.from && col < c.from + c.span) ?? LINE_CELLS[0]
}

const AMOUNT_KEYS = ['sets', 'reps', 'repsMax', 'perSide', 'durationSec', 'distanceM'] as const
const INTENSITY_KEYS = ['pct1rm', 'rpe', 'rir', 'loadKg'] as const
const REST_KEYS = ['restSec'] as const

/** One cell of a line as shown: "5x5", "@80%", "2:00"; a typed load in the client's unit. */
export function lineCellText(line: Exercise, field: LineField, unit: 'kg' | 'lb' = 'kg'): string {
  if (field === 'name') return line.name
  if (field === 'notes') return line.notes ?? ''
  if (field === 'load') return ''
  const keys = field === 'amount' ? AMOUNT_KEYS : field === 'intensity' ? INTENSITY_KEYS : REST_KEYS
  const part: Exercise = { name: '' }
  for (const k of keys) if (line[k] !== undefined) Object.assign(part, { [k]: line[k] })
  // The Rest column says what it is: "2min", not "rest 2min".
  return formatCompactLine(part, unit)
    .trim()
    .replace(/^rest /, '')
}

/**
 * A line's cell typed: the exercise cell takes a whole compact line ("Back squat 5x5 @80%") or a
 * new name; the others take their part ("3x8-12", "@RPE7", "2:00"), and emptied, clear it.
 */
export function lineFieldEdit(
  session: BlockSession,
  index: number,
  field: LineField,
  text: string,
): { step: EditStep | null } | { error: string } {
  const lines = [...(session.exercises ?? [])]
  const line = lines[index]
  if (field === 'name' || !line) {
    if (!line && field !== 'name')
      return { error: 'Type the exercise first, e.g. Back squat 5x5 @80%' }
    // A name alone keeps the rest of the line; a whole line replaces it.
    if (line && text.trim() !== '' && !/\d\s*[x×]\s*\d|@/.test(text)) {
      lines[index] = { ...line, name: text.trim() }
      return { step: linesStep(session, lines, 'edit line') }
    }
    return lineEdit(session, index, text)
  }
  if (field === 'load') return { error: 'The load is worked out from the client’s max' }
  const next: Exercise = { ...line }
  if (field === 'notes') {
    if (text.trim() === '') delete next.notes
    else next.notes = text.trim()
  } else {
    const keys =
      field === 'amount' ? AMOUNT_KEYS : field === 'intensity' ? INTENSITY_KEYS : REST_KEYS
    for (const k of keys) delete next[k]
    if (text.trim() !== '') {
      const read = parseCompactLine(`${line.name} ${field === 'rest' ? 'rest ' : ''}${text.trim()}`)
      if (!read.ok) return { error: read.message }
      const found = keys.filter((k) => read.line[k] !== undefined)
      if (found.length === 0 || read.line.name !== line.name) {
        const example = {
          amount: '5x5, 3x8-12, 3x10/leg or 3x45s',
          intensity: '@80%, @RPE7, RIR2 or 60kg',
          rest: '2:00, 90s or 2min',
        }[field]
        return { error: `Write it like ${example}` }
      }
      for (const k of found) Object.assign(next, { [k]: read.line[k] })
    }
  }
  lines[index] = next
  return { step: linesStep(session, lines, 'edit line') }
}
