import type { Kysely } from 'kysely'
import { parentsFirst } from '../../shared/plans/attachments'
import type { BlockSession } from '../../shared/schemas/block.schema'
import type { Database } from '../schema'
import { inChunks } from './in-chunks'
import { sessionToRow } from './session-codec'

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
      .values(ordered.slice(i, i + 500).map((s) => sessionToRow(blockId, s, now)))
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
    const {
      id: _id,
      block_id: _block,
      created_at: _created,
      ...columns
    } = sessionToRow(blockId, s, now)
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
