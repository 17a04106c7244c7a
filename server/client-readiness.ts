import type { Kysely } from 'kysely'
import { listReadiness } from '../db/repositories/readiness.repository'
import type { Database } from '../db/schema'
import { addDays } from '../shared/plans/calendar'
import { readinessOn } from '../shared/plans/readiness-on'
import type { Block } from '../shared/schemas/block.schema'
import type { Readiness } from '../shared/schemas/plan.schema'
import type { ReadinessEntry } from '../shared/schemas/readiness.schema'

/** Reports older than this before a block's first Monday never reach it (the HRV baseline's reach). */
const REACH_DAYS = 67

/**
 * The readiness reports each block's weeks are read from: its client's, from REACH_DAYS before its
 * first Monday on. One read for a whole roster page.
 */
export async function readinessReportsOf(
  db: Kysely<Database>,
  targets: readonly { clientId: string; startDate: string }[],
): Promise<ReadinessEntry[][]> {
  if (targets.length === 0) return []
  const since = addDays([...new Set(targets.map((t) => t.startDate))].sort()[0]!, -REACH_DAYS)
  const reports = await listReadiness(db, [...new Set(targets.map((t) => t.clientId))], since)
  const starts = new Set(targets.map((t) => t.startDate))
  const fromOf = new Map([...starts].map((start) => [start, addDays(start, -REACH_DAYS)]))
  return targets.map(({ clientId, startDate }) => {
    const from = fromOf.get(startDate)!
    return (reports.get(clientId) ?? []).filter((r) => r.date >= from)
  })
}

/**
 * The morning of each of a block's weeks' Mondays from its client's reports (undefined for a week
 * nothing covers), so the RDY rules run for the weeks the reports cover.
 */
export function weeksOfReadiness(
  reports: readonly ReadinessEntry[],
  block: Pick<Block, 'startDate'> & { weekCount: number },
): (Readiness | undefined)[] {
  if (reports.length === 0) return []
  return Array.from({ length: block.weekCount }, (_, w) =>
    readinessOn(reports, addDays(block.startDate, 7 * w)),
  )
}

/** For each block, the morning of each of its weeks' Mondays, read from the database. */
export async function weeklyReadiness(
  db: Kysely<Database>,
  targets: readonly { clientId: string; block: Pick<Block, 'startDate' | 'weeks'> }[],
): Promise<(Readiness | undefined)[][]> {
  const reports = await readinessReportsOf(
    db,
    targets.map((t) => ({ clientId: t.clientId, startDate: t.block.startDate })),
  )
  return targets.map(({ block }, i) =>
    weeksOfReadiness(reports[i]!, { startDate: block.startDate, weekCount: block.weeks.length }),
  )
}
