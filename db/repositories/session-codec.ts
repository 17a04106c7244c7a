import type { BlockSession } from '../../shared/schemas/block.schema'
import type { SessionsTable } from '../schema'

/**
 * How a session's fields are stored, one entry per column: the only list of session columns
 * outside the migrations and the row type. The writer, the whole-database loader and the fast
 * reader (session-reader.ts) all derive from it, so a new session field is one entry here.
 *
 * - `value`: stored as it is; `flag`: a boolean as 0/1 (SQLite has no boolean type);
 *   `json`: a list as JSON text.
 * - `optional`: absent in the session ⇔ NULL in the row. Absent optional fields stay absent (not
 *   null) when read, so a session reads back exactly as it was written.
 */
type ColumnKind = 'value' | 'flag' | 'json'

interface SessionColumn {
  field: Exclude<keyof BlockSession, 'id'>
  column: Exclude<keyof SessionsTable, 'id' | 'block_id' | 'created_at' | 'updated_at'>
  kind: ColumnKind
  optional: boolean
}

const required = (
  field: SessionColumn['field'],
  column: SessionColumn['column'],
  kind: ColumnKind = 'value',
): SessionColumn => ({ field, column, kind, optional: false })
const optional = (
  field: SessionColumn['field'],
  column: SessionColumn['column'],
  kind: ColumnKind = 'value',
): SessionColumn => ({ field, column, kind, optional: true })

/**
 * Every stored session field. The order is the order of the reader's tuples; required fields come
 * first so sessions read back with a few shared object shapes (the engine's reads stay fast).
 * `attachedTo` and `tag` are required but nullable: null is their value, not their absence.
 */
export const SESSION_COLUMNS: readonly SessionColumn[] = [
  required('weekIndex', 'week_index'),
  required('day', 'day'),
  required('start', 'start'),
  required('durationMin', 'duration_min'),
  required('modality', 'modality'),
  required('toFailure', 'to_failure', 'flag'),
  required('terrain', 'terrain'),
  required('priority', 'priority'),
  required('locked', 'locked', 'flag'),
  required('attachedTo', 'attached_to'),
  required('tag', 'tag'),
  required('status', 'status'),
  required('sortOrder', 'sort_order'),
  optional('region', 'region'),
  optional('topSetReps', 'top_set_reps'),
  optional('pct1rm', 'pct1rm'),
  optional('runType', 'run_type'),
  optional('zone', 'zone'),
  optional('rpe', 'rpe'),
  optional('descentM', 'descent_m'),
  optional('eccentric', 'eccentric', 'flag'),
  optional('distanceKm', 'distance_km'),
  optional('rpeActual', 'rpe_actual'),
  optional('minutesActual', 'minutes_actual'),
  optional('exercises', 'exercises', 'json'),
  optional('notes', 'notes'),
  optional('title', 'title'),
]

function toColumnValue(kind: ColumnKind, value: unknown): unknown {
  if (value === undefined || value === null) return null
  if (kind === 'flag') return value === true ? 1 : 0
  if (kind === 'json') return JSON.stringify(value)
  return value
}

/** A session as its row of `blockId`, stamped `now`. */
export function sessionToRow(blockId: string, s: BlockSession, now: string): SessionsTable {
  const row: Record<string, unknown> = { id: s.id, block_id: blockId }
  for (const c of SESSION_COLUMNS) row[c.column] = toColumnValue(c.kind, s[c.field])
  row.created_at = now
  row.updated_at = now
  // Every column of SessionsTable is set above from a field of the session's own schema.
  return row as unknown as SessionsTable
}

/**
 * A session from its stored values: its id, then its columns in SESSION_COLUMNS order, as read
 * (flags as 0/1, lists parsed already, as the fast reader has SQLite build them, or as JSON text
 * in a plain row). Fields are assigned one by one in the same order for every session, so
 * sessions share a few object shapes and the engine's property reads stay fast.
 */
export function sessionFromTuple(tuple: readonly unknown[]): Record<string, unknown> {
  const session: Record<string, unknown> = { id: tuple[0] }
  for (let i = 0; i < SESSION_COLUMNS.length; i++) {
    const c = SESSION_COLUMNS[i] as SessionColumn
    const value = tuple[i + 1]
    if (value === null || value === undefined) {
      if (!c.optional) session[c.field] = null
    } else if (c.kind === 'flag') session[c.field] = value === 1
    else if (c.kind === 'json' && typeof value === 'string') session[c.field] = JSON.parse(value)
    else session[c.field] = value
  }
  return session
}

/**
 * A stored row as a session, the inverse of sessionToRow. The editor reads sessions faster through
 * the session reader; this serves whole-database loads, which check every row with the app's
 * schema. Values are taken as they are, so the schema sees (and names) whatever a row holds wrongly.
 */
export function sessionFromRow(row: Record<string, unknown>): Record<string, unknown> {
  return sessionFromTuple([row.id, ...SESSION_COLUMNS.map((c) => row[c.column])])
}
