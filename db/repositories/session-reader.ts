import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { BlockSession } from '../../shared/schemas/block.schema'
import type { Database } from '../schema'
import { inChunks } from './in-chunks'

/**
 * Reads sessions with SQLite building each block's sessions as one JSON text, which V8 parses in
 * one pass. Handing over 28 columns one value at a time costs about 20 µs a row on a slow machine
 * (a 1,000-client roster check spent 3.5 s there); one JSON text per block costs a seventh of that.
 * It needs an ORDER BY inside an aggregate (SQLite 3.44+, checked when the database opens); the
 * SQLite bundled with better-sqlite3 writes REALs with 17 significant digits, so every number
 * reads back exactly (tests/integration/db/session-reader.test.ts).
 */

/** The columns of one session, in the order of `SessionTuple`. `exercises` is already JSON. */
const TUPLE = sql`json_array(
  id, week_index, day, start, duration_min, modality, region, top_set_reps, pct1rm, to_failure,
  run_type, zone, rpe, terrain, descent_m, eccentric, priority, locked, attached_to, tag,
  distance_km, status, rpe_actual, json(exercises), notes, sort_order, minutes_actual
)`

type SessionTuple = [
  id: string,
  weekIndex: number,
  day: number,
  start: string,
  durationMin: number,
  modality: BlockSession['modality'],
  region: BlockSession['region'] | null,
  topSetReps: number | null,
  pct1rm: number | null,
  toFailure: 0 | 1,
  runType: BlockSession['runType'] | null,
  zone: number | null,
  rpe: number | null,
  terrain: BlockSession['terrain'],
  descentM: number | null,
  eccentric: 0 | 1 | null,
  priority: BlockSession['priority'],
  locked: 0 | 1,
  attachedTo: string | null,
  tag: BlockSession['tag'],
  distanceKm: number | null,
  status: BlockSession['status'],
  rpeActual: number | null,
  exercises: BlockSession['exercises'] | null,
  notes: string | null,
  sortOrder: number,
  minutesActual: number | null,
]

// Absent optional fields stay absent (not null) so a session reads back exactly as it was written.
// Fields are assigned one by one, always in the same order, so sessions share a few object shapes
// and the engine's property reads stay fast.
function sessionFromTuple(t: SessionTuple): BlockSession {
  const session: BlockSession = {
    id: t[0],
    weekIndex: t[1],
    day: t[2],
    start: t[3],
    durationMin: t[4],
    modality: t[5],
    toFailure: t[9] === 1,
    terrain: t[13],
    priority: t[16],
    locked: t[17] === 1,
    attachedTo: t[18],
    tag: t[19],
    status: t[21],
    sortOrder: t[25],
  }
  if (t[6] !== null) session.region = t[6]
  if (t[7] !== null) session.topSetReps = t[7]
  if (t[8] !== null) session.pct1rm = t[8]
  if (t[10] !== null) session.runType = t[10]
  if (t[11] !== null) session.zone = t[11]
  if (t[12] !== null) session.rpe = t[12]
  if (t[14] !== null) session.descentM = t[14]
  if (t[15] !== null) session.eccentric = t[15] === 1
  if (t[20] !== null) session.distanceKm = t[20]
  if (t[22] !== null) session.rpeActual = t[22]
  if (t[23] !== null) session.exercises = t[23]
  if (t[24] !== null) session.notes = t[24]
  if (t[26] !== null) session.minutesActual = t[26]
  return session
}

/**
 * The sessions of each of `blockIds`, in the order of compareSessions
 * (shared/plans/session-order.ts), which sorts edits in memory. Blocks without sessions are absent.
 */
export async function listSessionsOfBlocks(
  db: Kysely<Database>,
  blockIds: readonly string[],
): Promise<Map<string, BlockSession[]>> {
  const rows = await inChunks(blockIds, (ids) =>
    db
      .selectFrom('sessions')
      .select([
        'block_id',
        sql<string>`json_group_array(${TUPLE} order by week_index, day, start, sort_order, id)`.as(
          'sessions',
        ),
      ])
      .where('block_id', 'in', ids)
      .groupBy('block_id')
      .execute(),
  )
  return new Map(
    rows.map((row) => [
      row.block_id,
      (JSON.parse(row.sessions) as SessionTuple[]).map(sessionFromTuple),
    ]),
  )
}

export async function listSessionsOfBlock(
  db: Kysely<Database>,
  blockId: string,
): Promise<BlockSession[]> {
  return (await listSessionsOfBlocks(db, [blockId])).get(blockId) ?? []
}

/** Some sessions of a block, as stored (in no particular order). */
export async function listSessionsById(
  db: Kysely<Database>,
  blockId: string,
  ids: readonly string[],
): Promise<BlockSession[]> {
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom('sessions')
      .select(sql<string>`${TUPLE}`.as('session'))
      .where('block_id', '=', blockId)
      .where('id', 'in', chunk)
      .execute(),
  )
  return rows.map((row) => sessionFromTuple(JSON.parse(row.session) as SessionTuple))
}
