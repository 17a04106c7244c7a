import { createHash } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { fileError } from './files/file-errors'
import { makeFolder } from './files/make-folder'
import { writeFileAtomically } from './files/write-atomically'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { BackupError } from './backup-error'

/** The desktop app passes its Electron-ABI build of the driver; Node uses the default. */
export interface DriverOptions {
  nativeBinding?: string | undefined
}
const driver = (options: DriverOptions) =>
  options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}

export { BackupError }

/** The checksum file written beside every backup (`sha256sum` format), which restore verifies. */
export const checksumFileOf = (file: string) => `${file}.sha256`

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * A backup or restore writes only a new file, and never where a `-wal` or `-shm` log is left over
 * from another database: SQLite would replay that log into the new file and mix the two (M1).
 */
function refuseOccupiedTarget(target: string, what: string): void {
  if (existsSync(target)) {
    throw new BackupError(
      `${target} already exists; ${what} into a new file so the existing one stays as it is.`,
    )
  }
  for (const log of [`${target}-wal`, `${target}-shm`]) {
    if (existsSync(log)) {
      throw new BackupError(
        `${log} is left over from another database beside ${target}; SQLite would mix it into the ${what === 'back up' ? 'backup' : 'restored file'}. Choose another name, or move that file away.`,
      )
    }
  }
}

/**
 * PRAGMA integrity_check over a file, opened read-only so a damaged file is never written to.
 * Also checks that it is a Blockwise database this version can read.
 */
export function checkDatabaseFile(file: string, options: DriverOptions = {}): void {
  let db: BetterSqlite3.Database
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...driver(options) })
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a database: ${(error as Error).message}`)
  }
  try {
    let result: string
    try {
      result = db.pragma('integrity_check', { simple: true }) as string
    } catch (error) {
      throw new BackupError(`${file} is not a SQLite database: ${(error as Error).message}`)
    }
    if (result !== 'ok') throw new BackupError(`${file} failed the integrity check: ${result}`)
    const hasSchema = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get()
    if (!hasSchema) throw new BackupError(`${file} is a SQLite database, but not a Blockwise one.`)
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_SCHEMA_VERSION) {
      throw new BackupError(
        `${file} was written by a newer Blockwise (schema ${version}); this version reads up to ${LATEST_SCHEMA_VERSION}.`,
      )
    }
  } finally {
    db.close()
  }
}

/**
 * Copies a database with SQLite's online backup API: safe while the app is writing to it (pages
 * changed meanwhile are copied again). The copy is made under a temporary name, checked, given a
 * checksum file, and only then renamed into place, so `outFile` is either a good backup or absent.
 * It never overwrites a file (the live database of a running app included) and is owner-only.
 */
export async function backupDatabase(
  sourceFile: string,
  outFile: string,
  options: DriverOptions = {},
): Promise<void> {
  if (!existsSync(sourceFile)) throw new BackupError(`There is no database at ${sourceFile}.`)
  refuseOccupiedTarget(outFile, 'back up')
  await copyDatabase(sourceFile, outFile, options)
}

/** The online copy itself, checked, owner-only, with its checksum, renamed into place last. */
async function copyDatabase(
  sourceFile: string,
  outFile: string,
  options: DriverOptions,
): Promise<void> {
  makeFolder(path.dirname(path.resolve(outFile)))
  const temporary = `${outFile}.${process.pid}.partial`
  const source = new BetterSqlite3(sourceFile, { fileMustExist: true, ...driver(options) })
  try {
    source.pragma('busy_timeout = 5000')
    await source.backup(temporary)
  } finally {
    source.close()
  }
  try {
    // A backup is one self-contained file: no -wal or -shm beside it to lose when it is copied.
    const copy = new BetterSqlite3(temporary, { fileMustExist: true, ...driver(options) })
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    checkDatabaseFile(temporary, options)
    chmodSync(temporary, 0o600)
    writeFileAtomically(
      checksumFileOf(outFile),
      `${sha256Of(temporary)}  ${path.basename(outFile)}\n`,
    )
    renameSync(temporary, outFile)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw fileError(error, outFile)
  }
}

/**
 * A backup's checksum file, when it has one, must match it: a backup changed after it was made
 * (one flipped bit is enough) is refused although SQLite would call it intact. Returns whether a
 * checksum was there to check.
 */
export function verifyChecksum(backupFile: string): boolean {
  const checksumFile = checksumFileOf(backupFile)
  if (!existsSync(checksumFile)) return false
  const expected = readFileSync(checksumFile, 'utf8').trim().split(/\s+/)[0]
  if (expected !== sha256Of(backupFile)) {
    throw new BackupError(
      `${backupFile} does not match its checksum (${path.basename(checksumFile)}): it changed after the backup was made. Restore another backup.`,
    )
  }
  return true
}

/**
 * Restores a backup into a new database file: the backup's checksum and integrity are checked
 * first, and an existing file is never overwritten (restore next to it, then swap files while the
 * app is closed). Returns whether the backup had a checksum to verify.
 */
export async function restoreDatabase(
  backupFile: string,
  targetFile: string,
  options: DriverOptions = {},
): Promise<{ checksumVerified: boolean }> {
  refuseOccupiedTarget(targetFile, 'restore')
  if (!existsSync(backupFile)) throw new BackupError(`There is no backup at ${backupFile}.`)
  const checksumVerified = verifyChecksum(backupFile)
  checkDatabaseFile(backupFile, options)
  await copyDatabase(backupFile, targetFile, options)
  return { checksumVerified }
}

const DAILY = /^blockwise-(\d{4}-\d{2}-\d{2})\.db$/

/**
 * The automatic daily backup: once a day, the first time the app opens the database, a copy goes
 * to `folder` as blockwise-YYYY-MM-DD.db; only the newest `keep` are kept. Returns the file written,
 * or null when today's exists already.
 */
export async function dailyBackup(
  dataFile: string,
  folder: string,
  today: Date,
  keep: number,
  options: DriverOptions = {},
): Promise<string | null> {
  makeFolder(folder)
  const name = `blockwise-${today.toISOString().slice(0, 10)}.db`
  const file = path.join(folder, name)
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
