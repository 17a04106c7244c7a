import { compareSessions } from '../../../../shared/plans/session-order'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { SessionChanges, SessionPatch } from '../../../../shared/schemas/patch.schema'

/** Rows in sheet order: by week, day, start time, then the coach's own order. */
export function sheetRows(sessions: readonly BlockSession[]): BlockSession[] {
  return [...sessions].sort(compareSessions)
}

/** The patch that undoes `changes` on `session`: the old values, null for fields it lacked. */
export function inverseUpdate(session: BlockSession, changes: SessionChanges): SessionPatch {
  const before: Record<string, unknown> = {}
  for (const key of Object.keys(changes)) {
    const old = (session as Record<string, unknown>)[key]
    before[key] = old === undefined ? null : old
  }
  return { op: 'update', id: session.id, changes: before }
}

/** An insert patch for a session, and its inverse. */
export function insertPatch(session: BlockSession): SessionPatch {
  return { op: 'insert', session: { ...session } }
}
