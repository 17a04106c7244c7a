import type { Kysely } from 'kysely'
import { DEFAULT_INCREMENT } from '../../shared/exercises/loads'
import type { ClientLoads, LiftMaxRecord } from '../../shared/schemas/maxes.schema'
import type { ClientLoadsTable, ClientMaxesTable, Database } from '../schema'
import { inChunks } from './in-chunks'
import { deleteRows } from './rows-by-key'

/** A client's load unit and step until the coach says otherwise: kg, in 2.5 kg steps. */
const DEFAULT_LOADS: ClientLoads = {
  unit: 'kg',
  increment: DEFAULT_INCREMENT.kg,
  thresholdPaceSecPerKm: null,
}

const loadsFromRow = (row: ClientLoadsTable): ClientLoads => ({
  unit: row.unit,
  increment: row.increment,
  thresholdPaceSecPerKm: row.threshold_pace_sec_per_km,
})

export async function saveClientLoads(
  db: Kysely<Database>,
  clientId: string,
  loads: ClientLoads,
): Promise<void> {
  const values = {
    unit: loads.unit,
    increment: loads.increment,
    threshold_pace_sec_per_km: loads.thresholdPaceSecPerKm,
  }
  await db
    .insertInto('client_loads')
    .values({ client_id: clientId, ...values })
    .onConflict((oc) => oc.column('client_id').doUpdateSet(values))
    .execute()
}

const maxFromRow = (r: ClientMaxesTable): LiftMaxRecord => ({
  lift: r.lift,
  oneRmKg: r.one_rm_kg,
  method: r.method,
  fromLoadKg: r.from_load_kg,
  fromReps: r.from_reps,
  measuredOn: r.measured_on,
  trainingMaxPct: r.training_max_pct,
})

/** Records a max (replacing the one for the same lift, whatever its case). */
export async function saveClientMax(
  db: Kysely<Database>,
  clientId: string,
  max: LiftMaxRecord,
  now: string,
): Promise<void> {
  const values = {
    lift: max.lift,
    one_rm_kg: max.oneRmKg,
    method: max.method,
    from_load_kg: max.fromLoadKg,
    from_reps: max.fromReps,
    measured_on: max.measuredOn,
    training_max_pct: max.trainingMaxPct,
    updated_at: now,
  }
  await db
    .insertInto('client_maxes')
    .values({ client_id: clientId, ...values })
    .onConflict((oc) => oc.columns(['client_id', 'lift']).doUpdateSet(values))
    .execute()
}

/** Forgets a max; true when there was one. */
export async function deleteClientMax(
  db: Kysely<Database>,
  clientId: string,
  lift: string,
): Promise<boolean> {
  return deleteRows(db, 'client_maxes', { client_id: clientId, lift })
}

/** A client's maxes (by lift name) and load units, as the engine and the handouts read them. */
export async function findClientNumbers(
  db: Kysely<Database>,
  clientId: string,
): Promise<{ loads: ClientLoads; maxes: LiftMaxRecord[] }> {
  return (await listClientNumbers(db, [clientId])).get(clientId)!
}

/** The maxes and load units of many clients at once (the roster check reads a page of them). */
export async function listClientNumbers(
  db: Kysely<Database>,
  clientIds: readonly string[],
): Promise<Map<string, { loads: ClientLoads; maxes: LiftMaxRecord[] }>> {
  const out = new Map<string, { loads: ClientLoads; maxes: LiftMaxRecord[] }>()
  for (const id of clientIds) out.set(id, { loads: DEFAULT_LOADS, maxes: [] })
  if (clientIds.length === 0) return out
  const loads = await inChunks(clientIds, (chunk) =>
    db.selectFrom('client_loads').selectAll().where('client_id', 'in', chunk).execute(),
  )
  for (const row of loads) out.get(row.client_id)!.loads = loadsFromRow(row)
  const maxes = await inChunks(clientIds, (chunk) =>
    db
      .selectFrom('client_maxes')
      .selectAll()
      .where('client_id', 'in', chunk)
      .orderBy('lift')
      .execute(),
  )
  for (const row of maxes) out.get(row.client_id)!.maxes.push(maxFromRow(row))
  return out
}
