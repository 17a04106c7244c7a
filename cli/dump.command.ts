import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { BackupError } from '../db/backup-error'
import { dumpDatabase, loadDatabase } from '../db/database-json'
import { claimNewFile, writeNewFile } from '../db/files/write-new-file'
import type { CommandResult } from './command-result'

/** The largest dump `load` reads: far above any roster, small enough to read into memory. */
const MAX_DUMP_BYTES = 512 * 1024 * 1024

/** `blockwise dump --db FILE --out FILE.json [--force]`: the whole database as JSON. */
export function dumpCommand(db: string, out: string, force: boolean): CommandResult {
  const source = path.resolve(db)
  // Refused before the database is read: an existing file, or the database itself.
  claimNewFile(out, { force, reading: [source] })
  const dump = dumpDatabase(source, new Date())
  const written = writeNewFile(out, JSON.stringify(dump, null, 1), { force, reading: [source] })
  const rows = Object.values(dump.tables).reduce((n, t) => n + t.length, 0)
  return {
    exitCode: 0,
    stdout: `Exported ${rows} rows (${dump.tables.clients.length} clients) to ${written}.`,
  }
}

/** `blockwise load --from FILE.json --db NEWFILE [--force]`: an export back into a database file. */
export function loadCommand(from: string, db: string, force: boolean): CommandResult {
  const source = path.resolve(from)
  claimNewFile(db, { force, reading: [source] })
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
  const { rows, file } = loadDatabase(db, dump, new Date(), { force, reading: [source] })
  return { exitCode: 0, stdout: `Loaded ${rows} rows into ${file}.` }
}
