import type { BlockSession } from '../schemas/block.schema'

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The one order of a block's sessions, used by the database read, the sheet and edit merges alike:
 * week, day, start time, the coach's own order, then id so ties never depend on insertion.
 */
export function compareSessions(a: BlockSession, b: BlockSession): number {
  return (
    a.weekIndex - b.weekIndex ||
    a.day - b.day ||
    byText(a.start, b.start) ||
    a.sortOrder - b.sortOrder ||
    byText(a.id, b.id)
  )
}
