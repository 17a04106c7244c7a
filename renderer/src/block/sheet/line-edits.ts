import { parseCompactLine } from '../../../../shared/exercises/compact-line'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { Exercise } from '../../../../shared/schemas/session.schema'
import type { EditStep } from './edit-history'

/** Where a session's exercise lines are drawn: the session row, then one row per line, then an
 * empty row to type the next line into. Ids keep rows apart from the session they belong to. */
export const lineRowId = (sessionId: string, index: number) => `${sessionId}#line${index}`
export const addLineRowId = (sessionId: string) => `${sessionId}#add`

/** The step that gives a session these lines (undo puts back the ones it had). */
function linesStep(session: BlockSession, lines: Exercise[], label: string): EditStep {
  return {
    label,
    redo: [
      { op: 'update', id: session.id, changes: { exercises: lines.length > 0 ? lines : null } },
    ],
    undo: [{ op: 'update', id: session.id, changes: { exercises: session.exercises ?? null } }],
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
