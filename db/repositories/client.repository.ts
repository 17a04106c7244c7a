import { sql } from 'kysely'
import type { Kysely, Selectable, Updateable } from 'kysely'
import type { Client, ClientInput, ClientSummary } from '../../shared/schemas/client.schema'
import type { ClientsTable, Database } from '../schema'
import { clientsOfCoach } from './client-access.repository'
import { larger, likeIgnoringCase } from './portable-sql'
import { countRows, findRow } from './rows-by-key'
import { fromFlag, fromNullableFlag, toFlag, toNullableFlag } from './sql-values'

type ClientRow = Selectable<ClientsTable>

function toRow(
  input: ClientInput,
): Omit<ClientsTable, 'id' | 'archived' | 'created_at' | 'updated_at'> {
  return {
    name: input.name,
    email: input.email,
    notes: input.notes,
    goal: input.goal,
    experience_strength: input.experienceStrength,
    experience_running: input.experienceRunning,
    can_run_mile: toFlag(input.canRunMile),
    competitive_level: input.competitiveLevel,
    age_years: input.ageYears,
    sex: input.sex,
    body_mass_kg: input.bodyMassKg,
    injury_history: JSON.stringify(input.injuryHistory),
    injury_prone_lower_override: toNullableFlag(input.injuryProneLowerOverride),
    sleep_avg_7d_h: input.sleepAvg7dH,
    life_stress: input.lifeStress,
    energy_deficit: input.energyDeficit,
    recovers_slowly: toFlag(input.recoversSlowly),
    limited_recovery_override: toNullableFlag(input.limitedRecoveryOverride),
    habitual_bedtime: input.habitualBedtime,
    habitual_wake: input.habitualWake,
    availability: input.availability === null ? null : JSON.stringify(input.availability),
    max_sessions_per_day: input.maxSessionsPerDay,
    rest_days: JSON.stringify(input.restDays),
    endurance_block_week: input.enduranceBlockWeek,
    advice_enabled: toFlag(input.adviceEnabled),
  }
}

// The columns were written from a parsed ClientInput, so the casts restore what was checked then.
export function clientFromRow(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    notes: row.notes,
    goal: row.goal,
    experienceStrength: row.experience_strength,
    experienceRunning: row.experience_running,
    canRunMile: fromFlag(row.can_run_mile),
    competitiveLevel: row.competitive_level,
    ageYears: row.age_years,
    sex: row.sex,
    bodyMassKg: row.body_mass_kg,
    injuryHistory: JSON.parse(row.injury_history) as Client['injuryHistory'],
    injuryProneLowerOverride: fromNullableFlag(row.injury_prone_lower_override),
    sleepAvg7dH: row.sleep_avg_7d_h,
    lifeStress: row.life_stress,
    energyDeficit: row.energy_deficit,
    recoversSlowly: fromFlag(row.recovers_slowly),
    limitedRecoveryOverride: fromNullableFlag(row.limited_recovery_override),
    habitualBedtime: row.habitual_bedtime,
    habitualWake: row.habitual_wake,
    availability:
      row.availability === null ? null : (JSON.parse(row.availability) as Client['availability']),
    maxSessionsPerDay: row.max_sessions_per_day,
    restDays: JSON.parse(row.rest_days) as Client['restDays'],
    enduranceBlockWeek: row.endurance_block_week,
    adviceEnabled: fromFlag(row.advice_enabled),
    archived: fromFlag(row.archived),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function insertClient(
  db: Kysely<Database>,
  client: { id: string; now: string; input: ClientInput },
): Promise<Client> {
  const row: ClientsTable = {
    ...toRow(client.input),
    id: client.id,
    archived: 0,
    created_at: client.now,
    updated_at: client.now,
  }
  await db.insertInto('clients').values(row).execute()
  return clientFromRow(row)
}

export async function findClient(db: Kysely<Database>, id: string): Promise<Client | undefined> {
  const row = await findRow(db, 'clients', { id })
  return row && clientFromRow(row)
}

/** Writes `changes` to a client's row: the client as it now is, or undefined when there is none. */
async function changeClient(
  db: Kysely<Database>,
  id: string,
  changes: Updateable<ClientsTable>,
): Promise<Client | undefined> {
  const row = await db
    .updateTable('clients')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst()
  return row && clientFromRow(row)
}

export async function updateClient(
  db: Kysely<Database>,
  id: string,
  input: ClientInput,
  now: string,
): Promise<Client | undefined> {
  return changeClient(db, id, { ...toRow(input), updated_at: now })
}

export async function setClientArchived(
  db: Kysely<Database>,
  id: string,
  archived: boolean,
  now: string,
): Promise<Client | undefined> {
  return changeClient(db, id, { archived: toFlag(archived), updated_at: now })
}

export async function countClients(db: Kysely<Database>): Promise<number> {
  return countRows(db, 'clients')
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * The roster: one row per client with its active block and the last time anything of the client
 * (profile or any block) was edited, most recently edited first.
 */
export async function listClientSummaries(
  db: Kysely<Database>,
  options: { includeArchived: boolean; search: string; visibleTo?: string | undefined },
): Promise<ClientSummary[]> {
  let query = db
    .selectFrom('clients as c')
    .leftJoin('blocks as active', (join) =>
      join.onRef('active.client_id', '=', 'c.id').on('active.status', '=', 'active'),
    )
    .select([
      'c.id',
      'c.name',
      'c.goal',
      'c.experience_strength',
      'c.experience_running',
      'c.archived',
      'active.id as block_id',
      'active.name as block_name',
      'active.start_date as block_start',
      sql<number>`(SELECT count(*) FROM block_weeks w WHERE w.block_id = active.id)`.as(
        'block_weeks',
      ),
      sql<string>`${larger(
        db,
        sql`c.updated_at`,
        sql`coalesce((SELECT max(b.updated_at) FROM blocks b WHERE b.client_id = c.id), '')`,
      )}`.as('last_edited_at'),
    ])
  if (!options.includeArchived) query = query.where('c.archived', '=', 0)
  if (options.visibleTo !== undefined) {
    query = query.where('c.id', 'in', clientsOfCoach(db, options.visibleTo))
  }
  const search = options.search.trim()
  if (search !== '') {
    const pattern = likePattern(search)
    const like = likeIgnoringCase(db)
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`c.name ${like} ${pattern} ESCAPE '\\'`,
        sql<boolean>`c.email ${like} ${pattern} ESCAPE '\\'`,
        sql<boolean>`c.goal ${like} ${pattern} ESCAPE '\\'`,
      ]),
    )
  }
  const rows = await query.orderBy('last_edited_at', 'desc').orderBy('c.name').execute()
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    goal: row.goal,
    experienceStrength: row.experience_strength,
    experienceRunning: row.experience_running,
    archived: fromFlag(row.archived),
    activeBlock:
      row.block_id && row.block_name && row.block_start
        ? {
            id: row.block_id,
            name: row.block_name,
            startDate: row.block_start,
            weeks: Number(row.block_weeks),
          }
        : null,
    lastEditedAt: row.last_edited_at,
  }))
}
