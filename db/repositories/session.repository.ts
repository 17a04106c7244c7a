import type { Kysely } from 'kysely'
import { parentsFirst } from '../../shared/plans/attachments'
import type { BlockSession } from '../../shared/schemas/block.schema'
import type { Database, SessionsTable } from '../schema'
import { inChunks } from './in-chunks'
import { orNull, toFlag, toNullableFlag } from './sql-values'

function toRow(blockId: string, s: BlockSession, now: string): SessionsTable {
  return {
    id: s.id,
    block_id: blockId,
    week_index: s.weekIndex,
    day: s.day,
    start: s.start,
    duration_min: s.durationMin,
    modality: s.modality,
    region: orNull(s.region),
    top_set_reps: orNull(s.topSetReps),
    pct1rm: orNull(s.pct1rm),
    to_failure: toFlag(s.toFailure),
    run_type: orNull(s.runType),
    zone: orNull(s.zone),
    rpe: orNull(s.rpe),
    terrain: s.terrain,
    descent_m: orNull(s.descentM),
    eccentric: toNullableFlag(s.eccentric),
    priority: s.priority,
    locked: toFlag(s.locked),
    attached_to: s.attachedTo,
    tag: s.tag,
    distance_km: orNull(s.distanceKm),
    status: s.status,
    rpe_actual: orNull(s.rpeActual),
    minutes_actual: orNull(s.minutesActual),
    exercises: s.exercises === undefined ? null : JSON.stringify(s.exercises),
    notes: orNull(s.notes),
    sort_order: s.sortOrder,
    created_at: now,
    updated_at: now,
  }
}

/**
 * A stored row as a session, the inverse of toRow. The editor reads sessions faster through the
 * session reader; this serves whole-database loads, which check every row with the app's schema.
 * Values are taken as they are, so the schema sees (and names) whatever a row holds wrongly.
 */
export function sessionFromRow(row: Record<string, unknown>): Record<string, unknown> {
  const session: Record<string, unknown> = {
    id: row.id,
    weekIndex: row.week_index,
    day: row.day,
    start: row.start,
    durationMin: row.duration_min,
    modality: row.modality,
    toFailure: row.to_failure === 1,
    terrain: row.terrain,
    priority: row.priority,
    locked: row.locked === 1,
    attachedTo: row.attached_to ?? null,
    tag: row.tag ?? null,
    status: row.status,
    sortOrder: row.sort_order,
  }
  const optional: [string, string][] = [
    ['region', 'region'],
    ['topSetReps', 'top_set_reps'],
    ['pct1rm', 'pct1rm'],
    ['runType', 'run_type'],
    ['zone', 'zone'],
    ['rpe', 'rpe'],
    ['descentM', 'descent_m'],
    ['distanceKm', 'distance_km'],
    ['rpeActual', 'rpe_actual'],
    ['minutesActual', 'minutes_actual'],
    ['notes', 'notes'],
  ]
  for (const [field, column] of optional) {
    if (row[column] !== null && row[column] !== undefined) session[field] = row[column]
  }
  if (row.eccentric !== null && row.eccentric !== undefined) session.eccentric = row.eccentric === 1
  if (typeof row.exercises === 'string') session.exercises = JSON.parse(row.exercises) as unknown
  return session
}

/**
 * Inserts sessions of one block. Attached sessions point at sessions of the same batch, so the
 * caller runs this in a transaction; rows go in attachment-free order to satisfy the foreign key.
 */
export async function insertSessions(
  db: Kysely<Database>,
  blockId: string,
  sessions: readonly BlockSession[],
  now: string,
): Promise<void> {
  if (sessions.length === 0) return
  const ordered = parentsFirst(sessions)
  // SQLite caps bound parameters per statement; 28 columns × 500 rows stays well under it.
  for (let i = 0; i < ordered.length; i += 500) {
    await db
      .insertInto('sessions')
      .values(ordered.slice(i, i + 500).map((s) => toRow(blockId, s, now)))
      .execute()
  }
}

/** Rewrites every field of existing sessions (the edited ones) in place. */
export async function updateSessions(
  db: Kysely<Database>,
  blockId: string,
  sessions: readonly BlockSession[],
  now: string,
): Promise<void> {
  for (const s of sessions) {
    const { id: _id, block_id: _block, created_at: _created, ...columns } = toRow(blockId, s, now)
    await db
      .updateTable('sessions')
      .set(columns)
      .where('id', '=', s.id)
      .where('block_id', '=', blockId)
      .execute()
  }
}

export async function deleteSessions(
  db: Kysely<Database>,
  blockId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .deleteFrom('sessions')
      .where('block_id', '=', blockId)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute()
  }
}

/** Ids already used by any session (of any block): a new session's id must be new everywhere. */
export async function existingSessionIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await inChunks(ids, (chunk) =>
    db.selectFrom('sessions').select('id').where('id', 'in', chunk).execute(),
  )
  return new Set(rows.map((row) => row.id))
}
