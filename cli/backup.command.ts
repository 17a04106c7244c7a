import path from 'node:path'
import { BackupError, backupDatabase, restoreDatabase } from '../db/backup'
import { FileSystemError } from '../db/files/file-errors'
import type { CommandResult } from './command-result'

async function guarded(run: () => Promise<string>): Promise<CommandResult> {
  try {
    return { exitCode: 0, stdout: await run() }
  } catch (error) {
    if (error instanceof BackupError || error instanceof FileSystemError) {
      return { exitCode: 2, stderr: error.message }
    }
    throw error
  }
}

/** `blockwise backup --db FILE --out FILE`: a checked copy, safe while the app is running. */
export const backupCommand = (db: string, out: string) =>
  guarded(async () => {
    await backupDatabase(path.resolve(db), path.resolve(out))
    return `Backed up ${path.resolve(db)} to ${path.resolve(out)} (integrity check passed; checksum in ${path.basename(out)}.sha256).`
  })

/** `blockwise restore --from BACKUP --db NEWFILE`: checks the backup, then copies it to a new file. */
export const restoreCommand = (from: string, db: string) =>
  guarded(async () => {
    const { checksumVerified } = await restoreDatabase(path.resolve(from), path.resolve(db))
    const checked = checksumVerified
      ? 'Its checksum and integrity were verified.'
      : 'It had no checksum file beside it, so only its integrity was checked.'
    return `${checked} Restored ${path.resolve(from)} into ${path.resolve(db)}. Start Blockwise with --db ${path.resolve(db)}, or move it into place while Blockwise is closed.`
  })
