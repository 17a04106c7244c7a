import { existsSync } from 'node:fs'
import { BackupError } from './backup'
import { checkedDump, dumpDatabase, loadDatabase } from './database-json'
import type { DatabaseDump } from './database-json'
import type { NewFileOptions } from './files/write-new-file'
import type { DatabaseLocation } from './open-database'

/**
 * `blockwise dump` and `load` on either database. A dump of a team database and of a SQLite file
 * with the same data are the same JSON apart from `exportedAt` (tests/integration/team).
 */
export async function dumpAt(location: DatabaseLocation, now: Date): Promise<DatabaseDump> {
  if (location.kind === 'sqlite') return dumpDatabase(location.file, now)
  const { openPostgresDatabase } = await import('./postgres/postgres-database')
  const { dumpPostgres } = await import('./postgres/postgres-dump')
  const opened = await openPostgresDatabase(location.url, { now, poolSize: 2 })
  try {
    return await dumpPostgres(opened.db, opened.migration.toVersion, now)
  } finally {
    await opened.close()
  }
}

/**
 * Loads an export into a new SQLite file (`options`: whether it may replace one), or into an empty
 * team database, all or nothing: one transaction, which a refused row rolls back whole.
 */
export async function loadAt(
  location: DatabaseLocation,
  input: unknown,
  now: Date,
  options: NewFileOptions = {},
): Promise<{ rows: number; file?: string }> {
  if (location.kind === 'sqlite') return loadDatabase(location.file, input, now, options)
  const dump = checkedDump(input)
  const { openPostgresDatabase } = await import('./postgres/postgres-database')
  const { assertEmptyRoster, insertDumpRows } = await import('./postgres/postgres-dump')
  const opened = await openPostgresDatabase(location.url, { now, poolSize: 2 })
  try {
    const rows = await opened.db.transaction().execute(async (trx) => {
      await assertEmptyRoster(trx, 'a load')
      return insertDumpRows(trx, dump)
    })
    return { rows }
  } finally {
    await opened.close()
  }
}

/** The SQLite file must exist for a command that reads it. */
export function assertFileExists(file: string): void {
  if (!existsSync(file)) throw new BackupError(`There is no database at ${file}.`)
}
