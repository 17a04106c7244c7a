import type { Kysely } from 'kysely'
import type { ReadinessEntry } from '../../shared/schemas/readiness.schema'
import type { Database, ReadinessTable } from '../schema'
import { groupBy } from './group-by'
import { inChunks } from './in-chunks'
import { deleteRows } from './rows-by-key'

function entryFromRow(row: ReadinessTable): ReadinessEntry {
  const entry: ReadinessEntry = {
    date: row.date,
    painRegions: JSON.parse(row.pain_regions) as ReadinessEntry['painRegions'],
    illness: row.illness === 1,
  }
  if (row.sleep_h !== null) entry.sleepH = row.sleep_h
  if (row.hrv !== null) entry.hrv = row.hrv
  if (row.soreness_lower !== null) entry.sorenessLower = row.soreness_lower
  if (row.fatigue !== null) entry.fatigue = row.fatigue
  if (row.mood !== null) entry.mood = row.mood
  return entry
}

/** The reports of each of `clientIds` from `since` on (all when absent), by date. */
export async function listReadiness(
  db: Kysely<Database>,
  clientIds: readonly string[],
  since?: string,
): Promise<Map<string, ReadinessEntry[]>> {
  const rows = await inChunks(clientIds, (ids) => {
    let query = db.selectFrom('readiness').selectAll().where('client_id', 'in', ids)
    if (since) query = query.where('date', '>=', since)
    return query.orderBy('date').execute()
  })
  const byClient = groupBy(rows, (r) => r.client_id)
  return new Map([...byClient].map(([id, list]) => [id, list.map(entryFromRow)]))
}

/** Writes reports, one a day: a report for a day already reported replaces it. */
export async function saveReadiness(
  db: Kysely<Database>,
  clientId: string,
  entries: readonly ReadinessEntry[],
  now: string,
): Promise<void> {
  for (const e of entries) {
    const values = {
      sleep_h: e.sleepH ?? null,
      hrv: e.hrv ?? null,
      soreness_lower: e.sorenessLower ?? null,
      fatigue: e.fatigue ?? null,
      mood: e.mood ?? null,
      pain_regions: JSON.stringify(e.painRegions),
      illness: e.illness ? 1 : 0,
      updated_at: now,
    }
    await db
      .insertInto('readiness')
      .values({ client_id: clientId, date: e.date, ...values })
      .onConflict((oc) => oc.columns(['client_id', 'date']).doUpdateSet(values))
      .execute()
  }
}

export async function deleteReadiness(
  db: Kysely<Database>,
  clientId: string,
  date: string,
): Promise<boolean> {
  return deleteRows(db, 'readiness', { client_id: clientId, date })
}
