import type { Kysely } from 'kysely'
import type { ChangeLogTable, Database } from '../schema'

/** One write by a coach (or the command line) to a team database. */
export type Change = Omit<ChangeLogTable, 'id'>

export async function recordChange(
  db: Kysely<Database>,
  change: Change & { id: string },
): Promise<void> {
  await db.insertInto('change_log').values(change).execute()
}

/** The last recorded change of a block, or of the revision it reached. */
export async function lastChangeOfBlock(
  db: Kysely<Database>,
  blockId: string,
  revision?: number,
): Promise<Change | undefined> {
  let query = db
    .selectFrom('change_log')
    .select([
      'at',
      'coach_id',
      'coach_name',
      'procedure',
      'client_id',
      'block_id',
      'block_revision',
    ])
    .where('block_id', '=', blockId)
  if (revision !== undefined) query = query.where('block_revision', '=', revision)
  return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst()
}
