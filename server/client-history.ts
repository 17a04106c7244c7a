import type { Kysely } from 'kysely'
import { listTrainedBlocks } from '../db/repositories/past-blocks.repository'
import type { Database } from '../db/schema'
import type { ExerciseIndex } from '../shared/exercises/exercise-index'
import { historyFromPast } from '../shared/engine/past-history'
import type { PastWeek } from '../shared/engine/past-history'
import { blockToPlan } from '../shared/plans/block-plan'
import type { ClientNumbers } from '../shared/plans/block-plan'
import { addDays, daysBetween } from '../shared/plans/calendar'
import { clientProfile } from '../shared/plans/client-profile'
import type { Block } from '../shared/schemas/block.schema'
import type { Client } from '../shared/schemas/client.schema'
import type { History } from '../shared/schemas/plan.schema'

/**
 * How far back history reaches: 12 weeks covers the 28 days of ACWR, the 42 days of the fitness
 * (CTL) time constant, and the last three non-deload weeks of the weekly ramp, with room to spare.
 */
export const HISTORY_WEEKS = 12

/** What a client's history is wanted for: a block (or a template) starting on a Monday. */
export interface HistoryTarget {
  client: Client
  startDate: string
  /** The block itself, left out of its own history. */
  blockId?: string
  numbers?: ClientNumbers
}

/**
 * A client's trained blocks as the weeks before `startDate`, oldest first, from the first week
 * in which anything was planned (up to HISTORY_WEEKS back); none when nothing was.
 */
function pastWeeks(
  target: HistoryTarget,
  blocks: readonly Block[],
  library: ExerciseIndex,
): PastWeek[] {
  const windowStart = addDays(target.startDate, -7 * HISTORY_WEEKS)
  const weeks: PastWeek[] = Array.from({ length: HISTORY_WEEKS }, () => ({
    deload: false,
    sessions: [],
  }))
  for (const block of blocks) {
    // Through the same path as the block's own analysis: lines give their fields and loads.
    const plan = blockToPlan(block, target.client, { library, numbers: target.numbers })
    const offset = daysBetween(windowStart, block.startDate)
    plan.weeks.forEach((week, w) => {
      for (const session of week.sessions) {
        const day = offset + w * 7 + session.day
        if (day < 0 || day >= HISTORY_WEEKS * 7) continue
        const past = weeks[Math.floor(day / 7)]!
        past.sessions.push(session)
        past.deload ||= week.deload
      }
    })
  }
  const first = weeks.findIndex((w) => w.sessions.length > 0)
  return first < 0 ? [] : weeks.slice(first)
}

/**
 * The `history` of each target, built from the client's earlier trained blocks (active or done;
 * never drafts) and what was logged in them (docs/engine-rules.md §3.4, "History from the
 * database"), or undefined for a client with nothing before. Batched: a roster page reads its
 * clients' past blocks in a few queries.
 */
export async function historiesOf(
  db: Kysely<Database>,
  targets: readonly HistoryTarget[],
  library: ExerciseIndex,
): Promise<(History | undefined)[]> {
  if (targets.length === 0) return []
  const starts = targets.map((t) => t.startDate).sort()
  const trained = await listTrainedBlocks(db, [...new Set(targets.map((t) => t.client.id))], {
    since: addDays(starts[0]!, -7 * HISTORY_WEEKS),
    before: starts.at(-1)!,
    exceptBlockIds: targets.flatMap((t) => (t.blockId ? [t.blockId] : [])),
  })
  return targets.map((target) => {
    const weeks = pastWeeks(target, trained.get(target.client.id) ?? [], library)
    if (weeks.length === 0) return undefined
    return historyFromPast(weeks, clientProfile(target.client, target.startDate)).history
  })
}
