import { compareSessions } from '../../../../shared/plans/session-order'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { SessionPatch } from '../../../../shared/schemas/patch.schema'

/** Rows in sheet order: by week, day, start time, then the coach's own order. */
export function sheetRows(sessions: readonly BlockSession[]): BlockSession[] {
  return [...sessions].sort(compareSessions)
}

/** An insert patch for a session. */
export function insertPatch(session: BlockSession): SessionPatch {
  return { op: 'insert', session: { ...session } }
}
