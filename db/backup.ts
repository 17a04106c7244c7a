import { createHash } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { localIsoDate } from '../shared/plans/calendar'
import { BackupError } from './backup-error'
import { notABlockwiseDatabase } from './files/database-file'
import { fileError } from './files/file-errors'
import { makeFolder } from './files/make-folder'
import { claimNewFile, putInPlace, temporaryNameFor, writeNewFile } from './files/write-new-file'
import type { NewFileOptions } from './files/write-new-file'
import { LATEST_SCHEMA_VERSION } from './migrations'

/** The desktop app passes its Electron-ABI build of the driver; Node uses the default. */
export interface DriverOptions {
  nativeBinding?: string | undefined
}
export const driver = (options: DriverOptions) =>
  options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}

export { BackupError }

/** The checksum file written beside every backup (`sha256sum` format), which restore verifies. */
export const checksumFileOf = (file: string) => `${file}.sha256`

export const sha256Of = (file: string) =>
  createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * PRAGMA integrity_check over a file, opened read-only so a damaged file is never written to.
 * Also checks that it is a Blockwise database this version can read. Messages name `named`, the
 * file as the coach knows it, when `file` is a private copy.
 */
export function checkDatabaseFile(file: string, options: DriverOptions = {}, named = file): void {
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...driver(options) })
  } catch (error) {
    throw new BackupError(`${named} cannot be opened as a database: ${(error as Error).message}`)
  }
  try {
    let result: string
    try {
      result = db.pragma('integrity_check', { simple: true }) as string
    } catch (error) {
      throw new BackupError(`${named} is not a SQLite database: ${(error as Error).message}`)
    }
    if (result !== 'ok') throw new BackupError(`${named} failed the integrity check: ${result}`)
    const hasSchema = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get()
    if (!hasSchema) throw new BackupError(`${named} is a SQLite database, but not a Blockwise one.`)
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_SCHEMA_VERSION) {
      throw new BackupError(
        `${named} was written by a newer Blockwise (schema ${version}); this version reads up to ${LATEST_SCHEMA_VERSION}.`,
      )
    }
  } finally {
    db.close()
  }
}

/**
 * Turns a private copy of a database into one self-contained file (no -wal or -shm to lose when
 * it is copied), checks it, and makes it owner-only. The copy has a fresh name, so no log of
 * another database can be beside it to be replayed in.
 */
export function sealDatabaseCopy(copy: string, options: DriverOptions, named: string): void {
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(copy, { fileMustExist: true, ...driver(options) })
  } catch (error) {
    throw new BackupError(`${named} cannot be opened as a database: ${(error as Error).message}`)
  }
  try {
    db.pragma('journal_mode = DELETE')
  } catch (error) {
    throw new BackupError(`${named} is not a SQLite database: ${(error as Error).message}`)
  } finally {
    db.close()
  }
  checkDatabaseFile(copy, options, named)
  chmodSync(copy, 0o600)
}

/**
 * Copies a database with SQLite's online backup API: safe while the app is writing to it (pages
 * changed meanwhile are copied again). The copy is made under a temporary name, checked, given a
 * checksum file, and only then given its name, so `outFile` is either a good backup or absent. It
 * never writes over a file unless `force`, and never over a database in use or its log
 * (claimNewFile). Returns the path written.
 */
export async function backupDatabase(
  sourceFile: string,
  outFile: string,
  options: DriverOptions & NewFileOptions = {},
): Promise<string> {
  const problem = notABlockwiseDatabase(sourceFile)
  if (problem) throw new BackupError(problem)
  makeFolder(path.dirname(path.resolve(outFile)))
  const target = claimNewFile(outFile, { ...options, reading: [sourceFile] })
  const checksum = claimNewFile(checksumFileOf(target), options)
  const temporary = temporaryNameFor(target)
  try {
    const source = new BetterSqlite3(sourceFile, { fileMustExist: true, ...driver(options) })
    try {
      source.pragma('busy_timeout = 5000')
      await source.backup(temporary)
    } finally {
      source.close()
    }
    sealDatabaseCopy(temporary, options, target)
    writeNewFile(checksum, `${sha256Of(temporary)}  ${path.basename(target)}\n`, options)
    try {
      putInPlace(temporary, target, options)
    } catch (error) {
      rmSync(checksum, { force: true })
      throw error
    }
    return target
  } catch (error) {
    rmSync(temporary, { force: true })
    throw fileError(error, target)
  }
}

const DAILY = /^blockwise-(\d{4}-\d{2}-\d{2})\.db$/

/**
 * The automatic daily backup: once a day (by the local calendar), the first time the app opens
 * the database, a copy goes to `folder` as blockwise-YYYY-MM-DD.db; only the newest `keep` are
 * kept. Returns the file written, or null when today's exists already.
 */
export async function dailyBackup(
  dataFile: string,
  folder: string,
  today: Date,
  keep: number,
  options: DriverOptions = {},
): Promise<string | null> {
  makeFolder(folder)
  const file = path.join(folder, `blockwise-${localIsoDate(today)}.db`)
  let written: string | null = null
  if (!existsSync(file)) {
    await backupDatabase(dataFile, file, options)
    written = file
  }
  const dailies = readdirSync(folder)
    .filter((f) => DAILY.test(f))
    .sort()
  for (const old of dailies.slice(0, Math.max(0, dailies.length - keep))) {
    rmSync(path.join(folder, old), { force: true })
    rmSync(checksumFileOf(path.join(folder, old)), { force: true })
  }
  return written
}
