import { BackupError } from '../../db/backup-error'
import { checkedDump, dumpDatabase } from '../../db/database-json'
import { notABlockwiseDatabase } from '../../db/files/database-file'
import { openPostgresDatabase } from '../../db/postgres/postgres-database'
import { insertDumpRows, rosterRowCounts } from '../../db/postgres/postgres-dump'
import { setOwnerOfClients } from '../../db/repositories/client-access.repository'
import { firstHeadCoach } from '../../db/repositories/coach.repository'
import type { Database } from '../../db/schema'
import type { Kysely } from 'kysely'

const SEEDED_KEY = 'exercise_library_seeded'

/**
 * What a team database may hold and still count as empty for moving in: nothing, or only the
 * built-in exercise library a server seeded on its first start, untouched (every exercise still
 * as seeded). That library is replaced by the file's own; anything a coach made is never lost.
 */
async function assertReadyToMoveIn(db: Kysely<Database>): Promise<void> {
  const counts = await rosterRowCounts(db)
  const others = Object.entries(counts).filter(([t]) => t !== 'exercises' && t !== 'app_meta')
  if (others.length > 0) {
    const [table, n] = others[0]!
    throw new BackupError(
      `The team database is not empty (${table} has ${n} row(s)); a desktop file moves into an empty one, so nothing already there is mixed with it or overwritten.`,
    )
  }
  if (!counts.exercises && !counts.app_meta) return
  const meta = await db.selectFrom('app_meta').selectAll().execute()
  const seededAt = meta.find((m) => m.key === SEEDED_KEY)?.value
  const edited = await db
    .selectFrom('exercises')
    .select('id')
    .where((eb) =>
      eb.or([eb('updated_at', '!=', seededAt ?? ''), eb('created_at', '!=', seededAt ?? '')]),
    )
    .executeTakeFirst()
  if (meta.length !== 1 || seededAt === undefined || edited) {
    throw new BackupError(
      'The team database’s exercise library has been changed by a coach; a desktop file moves into an empty team database, so nothing already there is overwritten.',
    )
  }
  await db.deleteFrom('exercises').execute()
  await db.deleteFrom('app_meta').execute()
}

/**
 * `blockwise migrate --db FILE --pg URL`: a coach's desktop database copied into an empty team
 * database, every row as it is, in one transaction (all or nothing), its clients given to the
 * team's head coach. Afterwards `blockwise dump --pg` equals `blockwise dump --db` apart from the
 * export time. The file is only read (brought to the current schema first, as any open does).
 */
export async function moveIntoTeam(
  file: string,
  url: string,
  now: Date,
): Promise<{ rows: number; clients: number; headCoach: string }> {
  const problem = notABlockwiseDatabase(file)
  if (problem) throw new BackupError(problem)
  // Checked as any load is, so a file the app would not have written is refused, row named.
  const dump = checkedDump(dumpDatabase(file, now))
  const team = await openPostgresDatabase(url, { now, poolSize: 2 })
  try {
    return await team.db.transaction().execute(async (trx) => {
      const head = await firstHeadCoach(trx)
      if (!head) {
        throw new BackupError(
          'The team database has no head coach yet: run blockwise team init --pg URL --head EMAIL first.',
        )
      }
      await assertReadyToMoveIn(trx)
      const rows = await insertDumpRows(trx, dump)
      const clients = dump.tables.clients.map((c) => String(c.id))
      await setOwnerOfClients(trx, clients, head.id)
      return { rows, clients: clients.length, headCoach: `${head.name} <${head.email}>` }
    })
  } finally {
    await team.close()
  }
}
