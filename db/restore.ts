import { constants, copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { BackupError, checksumFileOf, sealDatabaseCopy, sha256Of } from './backup'
import type { DriverOptions } from './backup'
import { SIDE_FILES } from './files/database-file'
import { fileError } from './files/file-errors'
import { makeFolder } from './files/make-folder'
import { claimNewFile, putInPlace, temporaryNameFor } from './files/write-new-file'
import type { NewFileOptions } from './files/write-new-file'

export interface Restored {
  /** The database file written. */
  file: string
  /** Whether the backup had a checksum file to verify. */
  checksumVerified: boolean
  /** Logs found beside the backup, which a restore never reads. */
  ignored: string[]
}

/**
 * Restores a backup into a database file, reading the backup alone: its bytes are copied once
 * to a private name beside the target, and everything is checked on that copy (the checksum, the
 * integrity, that it is a Blockwise database this version reads). SQLite never opens the backup,
 * so a `-wal` or `-shm` beside it (of another database, perhaps) is never mixed in nor written
 * into the backup, and the backup stays byte for byte as it was (its checksum still verifies);
 * such logs are named in `ignored`. The target is a new file unless `force`, and never a
 * database in use (claimNewFile).
 */
export async function restoreDatabase(
  backupFile: string,
  targetFile: string,
  options: DriverOptions & NewFileOptions = {},
): Promise<Restored> {
  await Promise.resolve() // a refusal is a rejection, as for a backup
  if (!existsSync(backupFile)) throw new BackupError(`There is no backup at ${backupFile}.`)
  makeFolder(path.dirname(path.resolve(targetFile)))
  const target = claimNewFile(targetFile, { ...options, reading: [backupFile] })
  const ignored = SIDE_FILES.map((side) => `${backupFile}${side}`).filter((f) => existsSync(f))
  // A log beside a file that has no checksum is a database in use (or not closed), not a backup:
  // its latest changes are in that log, and restoring the file alone would silently drop them.
  if (ignored.length > 0 && !existsSync(checksumFileOf(backupFile))) {
    throw new BackupError(
      `${backupFile} is a database in use, or not closed (${ignored.join(', ')} beside it holds its latest changes), not a backup. Make one with: blockwise backup --db ${backupFile} --out NEW_FILE, then restore that.`,
    )
  }
  const copy = temporaryNameFor(target)
  try {
    copyFileSync(backupFile, copy, constants.COPYFILE_EXCL)
    const checksumVerified = verifyChecksum(copy, backupFile)
    sealDatabaseCopy(copy, options, backupFile)
    putInPlace(copy, target, options)
    return { file: target, checksumVerified, ignored }
  } catch (error) {
    rmSync(copy, { force: true })
    throw fileError(error, target)
  }
}

/**
 * The backup's checksum file, when it has one, must match the bytes read from it (`copy`): a
 * backup changed after it was made (one flipped bit is enough) is refused although SQLite would
 * call it intact. Returns whether a checksum was there to check.
 */
function verifyChecksum(copy: string, backupFile: string): boolean {
  const checksumFile = checksumFileOf(backupFile)
  if (!existsSync(checksumFile)) return false
  const expected = readFileSync(checksumFile, 'utf8').trim().split(/\s+/)[0]
  if (expected !== sha256Of(copy)) {
    throw new BackupError(
      `${backupFile} does not match its checksum (${path.basename(checksumFile)}): it changed after the backup was made. Restore another backup.`,
    )
  }
  return true
}
