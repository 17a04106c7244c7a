import type { Kysely } from 'kysely'
import { listReadiness } from '../db/repositories/readiness.repository'
import type { Database } from '../db/schema'
import { addDays } from '../shared/plans/calendar'
import { readinessOn } from '../shared/plans/readiness-on'
import type { Block } from '../shared/schemas/block.schema'
import type { Readiness } from '../shared/schemas/plan.schema'

/** Reports older than this before a block's first Monday never reach it (the HRV baseline's reach). */
const REACH_DAYS = 67

/**
 * For each block, the morning of each of its weeks' Mondays from its client's readiness reports
 * (undefined for a week nothing covers), so the RDY rules run for the weeks the reports cover.
 * One read for a whole roster page.
 */
export async function weeklyReadiness(
  db: Kysely<Database>,
  targets: readonly { clientId: string; block: Pick<Block, 'startDate' | 'weeks'> }[],
): Promise<(Readiness | undefined)[][]> {
  if (targets.length === 0) return []
  const since = addDays([...targets.map((t) => t.block.startDate)].sort()[0]!, -REACH_DAYS)
  const reports = await listReadiness(db, [...new Set(targets.map((t) => t.clientId))], since)
  return targets.map(({ clientId, block }) => {
    const entries = reports.get(clientId) ?? []
    if (entries.length === 0) return []
    return block.weeks.map((_, w) => readinessOn(entries, addDays(block.startDate, 7 * w)))
  })
}
