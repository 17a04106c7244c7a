import { daysBetween, localIsoDate } from '../../../shared/plans/calendar'
import type { Block } from '../../../shared/schemas/block.schema'

/**
 * The block's week holding today on the coach's own calendar (the first or last when today is
 * outside the block): UTC's date is a day off for a coach east or west of Greenwich near midnight.
 */
export function weekOfToday(block: Block): number {
  const week = Math.floor(daysBetween(block.startDate, localIsoDate(new Date())) / 7)
  return Math.min(block.weeks.length - 1, Math.max(0, week))
}
