import { formatCompactLine } from '../../../../shared/exercises/compact-line'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import { WEEKDAY_SHORT } from '../../../../shared/schemas/common.schema'
import type { SessionChanges } from '../../../../shared/schemas/patch.schema'

/** A session whose lines went to its notes because it stopped (or started) being a lift. */
export interface LinesMoved {
  /** The session as the coach finds it: "Week 3 Tue 07:00". */
  where: string
  count: number
}

/**
 * The changes with what a modality change does to the session's exercise lines: a lift that
 * becomes a run, a ride or mobility (or the reverse) keeps no lines, since its lines prescribe the
 * other kind of training; they go to its notes ("Lines: Back squat 5x5 @80%; RDL 3x8"), so nothing
 * the coach wrote is lost and one undo puts them back. Lines set by the same edit are left alone.
 */
export function settleLines(
  session: BlockSession,
  changes: SessionChanges,
): { changes: SessionChanges; moved: LinesMoved | null } {
  const lines = session.exercises ?? []
  const modality = changes.modality
  const crosses =
    modality !== undefined && (modality === 'strength') !== (session.modality === 'strength')
  if (!crosses || lines.length === 0 || changes.exercises !== undefined)
    return { changes, moved: null }
  const kept = `Lines: ${lines.map((l) => formatCompactLine(l)).join('; ')}`
  const notes = changes.notes === undefined ? session.notes : changes.notes
  return {
    changes: { ...changes, exercises: null, notes: notes ? `${notes} · ${kept}` : kept },
    moved: {
      where: `Week ${session.weekIndex + 1} ${WEEKDAY_SHORT[session.day] ?? ''} ${session.start}`,
      count: lines.length,
    },
  }
}

/** What the coach is told of lines moved by one step, or null when none were. */
export function linesMovedNotice(moved: readonly LinesMoved[]): string | null {
  if (moved.length === 0) return null
  const lines = moved.reduce((n, m) => n + m.count, 0)
  const what = `${lines} exercise ${lines === 1 ? 'line' : 'lines'}`
  const where =
    moved.length === 1
      ? `${moved[0]!.where} changed between lifting and other training`
      : `${moved.length} sessions changed between lifting and other training (${moved
          .slice(0, 4)
          .map((m) => m.where)
          .join(', ')}${moved.length > 4 ? ', …' : ''})`
  return `${where}: ${what} moved to ${moved.length === 1 ? 'its' : 'their'} notes. Ctrl+Z puts them back.`
}
