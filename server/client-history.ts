import type { Kysely } from 'kysely'
import { blocksOfRows } from '../db/repositories/blocks-of-rows'
import { listTrainedBlockRows } from '../db/repositories/past-blocks.repository'
import type { TrainedBlockRow } from '../db/repositories/past-blocks.repository'
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
 * The rows of the blocks each target's history is built from: the client's trained blocks
 * (active or done; never drafts) that overlap the HISTORY_WEEKS before its start, the target's own
 * block left out. Their ids and revisions say whether a history built before still holds.
 * Batched: one query for a roster page.
 */
export async function trainedBlockRowsOf(
  db: Kysely<Database>,
  targets: readonly HistoryTarget[],
): Promise<TrainedBlockRow[][]> {
  if (targets.length === 0) return []
  const starts = targets.map((t) => t.startDate).sort()
  const rows = await listTrainedBlockRows(db, [...new Set(targets.map((t) => t.client.id))], {
    since: addDays(starts[0]!, -7 * HISTORY_WEEKS),
    before: starts.at(-1)!,
    exceptBlockIds: targets.flatMap((t) => (t.blockId ? [t.blockId] : [])),
  })
  // Most targets of a roster page start on the same few Mondays; date arithmetic is not free.
  const sinceOf = new Map(
    [...new Set(starts)].map((start) => [start, addDays(start, -7 * HISTORY_WEEKS)]),
  )
  return targets.map((target) => {
    const since = sinceOf.get(target.startDate)!
    return rows.filter(
      (row) =>
        row.client_id === target.client.id &&
        row.id !== target.blockId &&
        row.start_date < target.startDate &&
        row.end_date > since,
    )
  })
}

/**
 * A target's `history` from its client's trained blocks and what was logged in them
 * (docs/engine-rules.md §3.4, "History from the database"), or undefined with nothing before.
 */
export function historyFromBlocks(
  target: HistoryTarget,
  trained: readonly Block[],
  library: ExerciseIndex,
): History | undefined {
  const weeks = pastWeeks(target, trained, library)
  if (weeks.length === 0) return undefined
  return historyFromPast(weeks, clientProfile(target.client, target.startDate)).history
}

/** The whole blocks of trained block rows, by id, read in one pass for however many targets. */
export async function trainedBlocksById(
  db: Kysely<Database>,
  rowsOfTargets: readonly (readonly TrainedBlockRow[])[],
): Promise<Map<string, Block>> {
  const unique = new Map(rowsOfTargets.flat().map((row) => [row.id, row]))
  const blocks = await blocksOfRows(db, [...unique.values()])
  return new Map(blocks.map((b) => [b.id, b]))
}

/** The `history` of each target, read from the database. */
export async function historiesOf(
  db: Kysely<Database>,
  targets: readonly HistoryTarget[],
  library: ExerciseIndex,
): Promise<(History | undefined)[]> {
  const rows = await trainedBlockRowsOf(db, targets)
  const blocks = await trainedBlocksById(db, rows)
  return targets.map((target, i) =>
    historyFromBlocks(
      target,
      rows[i]!.map((row) => blocks.get(row.id)!),
      library,
    ),
  )
}
