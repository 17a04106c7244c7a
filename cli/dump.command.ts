import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { BackupError } from '../db/backup-error'
import { dumpAt, loadAt } from '../db/dump-anywhere'
import { claimNewFile, writeNewFile } from '../db/files/write-new-file'
import { describeLocation } from '../db/open-database'
import type { DatabaseLocation } from '../db/open-database'
import type { CommandResult } from './command-result'

/** The largest dump `load` reads: far above any roster, small enough to read into memory. */
const MAX_DUMP_BYTES = 512 * 1024 * 1024

/** A team database that cannot be reached is the user's to fix (exit 2), like a missing file. */
async function reachable(run: () => Promise<CommandResult>): Promise<CommandResult> {
  try {
    return await run()
  } catch (error) {
    const { PostgresConnectionError } = await import('../db/postgres/postgres-database')
    if (error instanceof PostgresConnectionError) return { exitCode: 2, stderr: error.message }
    throw error
  }
}

/** The files a command reads: a coach's database file (a team database is no file). */
const filesOf = (database: DatabaseLocation) =>
  database.kind === 'sqlite' ? [path.resolve(database.file)] : []

/** `blockwise dump (--db FILE | --pg URL) --out FILE.json [--force]`: the whole database as JSON. */
export const dumpCommand = (database: DatabaseLocation, out: string, force: boolean) =>
  reachable(async () => {
    const reading = filesOf(database)
    const source: DatabaseLocation =
      database.kind === 'sqlite' ? { kind: 'sqlite', file: reading[0]! } : database
    // Refused before the database is read: an existing file, or the database itself.
    claimNewFile(out, { force, reading })
    const dump = await dumpAt(source, new Date())
    const written = writeNewFile(out, JSON.stringify(dump, null, 1), { force, reading })
    const rows = Object.values(dump.tables).reduce((n, t) => n + t.length, 0)
    return {
      exitCode: 0,
      stdout: `Exported ${rows} rows (${dump.tables.clients.length} clients) to ${written}.`,
    }
  })

/**
 * `blockwise load --from FILE.json (--db NEWFILE [--force] | --pg URL)`: an export back into a
 * database file, or into an empty team database.
 */
export const loadCommand = (from: string, database: DatabaseLocation, force: boolean) =>
  reachable(async () => {
    const source = path.resolve(from)
    if (database.kind === 'sqlite') claimNewFile(database.file, { force, reading: [source] })
    let dump: unknown
    try {
      if (statSync(source).size > MAX_DUMP_BYTES) {
        throw new Error(`larger than ${MAX_DUMP_BYTES / 1024 / 1024} MB`)
      }
      dump = JSON.parse(readFileSync(source, 'utf8'))
    } catch (error) {
      throw new BackupError(
        `${source}: not a JSON file Blockwise can load (${(error as Error).message})`,
      )
    }
    const { rows, file } = await loadAt(database, dump, new Date(), { force, reading: [source] })
    return {
      exitCode: 0,
      stdout: `Loaded ${rows} rows into ${file ?? describeLocation(database)}.`,
    }
  })
