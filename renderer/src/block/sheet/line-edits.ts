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
