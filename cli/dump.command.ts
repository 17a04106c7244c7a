import { readFileSync } from 'node:fs'
import path from 'node:path'
import { BackupError } from '../db/backup'
import { dumpDatabase, loadDatabase } from '../db/database-json'
import { FileSystemError } from '../db/files/file-errors'
import { writeFileAtomically } from '../db/files/write-atomically'
import type { CommandResult } from './command-result'

function guarded(run: () => string): CommandResult {
  try {
    return { exitCode: 0, stdout: run() }
  } catch (error) {
    if (error instanceof BackupError || error instanceof FileSystemError) {
      return { exitCode: 2, stderr: error.message }
    }
    throw error
  }
}

/** `blockwise dump --db FILE --out FILE.json`: the whole database as JSON. */
export const dumpCommand = (db: string, out: string) =>
  guarded(() => {
    const dump = dumpDatabase(path.resolve(db), new Date())
    writeFileAtomically(path.resolve(out), JSON.stringify(dump, null, 1))
    const rows = Object.values(dump.tables).reduce((n, t) => n + t.length, 0)
    return `Exported ${rows} rows (${dump.tables.clients.length} clients) to ${path.resolve(out)}.`
  })

/** `blockwise load --from FILE.json --db NEWFILE`: an export back into a new database file. */
export const loadCommand = (from: string, db: string) =>
  guarded(() => {
    let dump: unknown
    try {
      dump = JSON.parse(readFileSync(from, 'utf8'))
    } catch (error) {
      throw new BackupError(`${from}: not a JSON file (${(error as Error).message})`)
    }
    const { rows } = loadDatabase(path.resolve(db), dump, new Date())
    return `Loaded ${rows} rows into ${path.resolve(db)}.`
  })
