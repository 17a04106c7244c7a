import path from 'node:path'
import { backupDatabase } from '../db/backup'
import { restoreDatabase } from '../db/restore'
import type { CommandResult } from './command-result'

/** `blockwise backup --db FILE --out FILE [--force]`: a checked copy, safe while the app runs. */
export async function backupCommand(
  db: string,
  out: string,
  force: boolean,
): Promise<CommandResult> {
  const written = await backupDatabase(path.resolve(db), out, { force })
  return {
    exitCode: 0,
    stdout: `Backed up ${path.resolve(db)} to ${written} (integrity check passed; checksum in ${path.basename(written)}.sha256).`,
  }
}

/**
 * `blockwise restore --from BACKUP --db NEWFILE [--force]`: checks the backup and restores it,
 * reading the backup file alone (a log beside it is named and left alone).
 */
export async function restoreCommand(
  from: string,
  db: string,
  force: boolean,
): Promise<CommandResult> {
  const backup = path.resolve(from)
  const restored = await restoreDatabase(backup, db, { force })
  const checked = restored.checksumVerified
    ? 'Its checksum and integrity were verified.'
    : 'It had no checksum file beside it, so only its integrity was checked.'
  const ignored = restored.ignored.map(
    (log) =>
      `Left ${log} alone: a restore reads the backup file itself, never a log beside it (the checksum covers the file alone).`,
  )
  return {
    exitCode: 0,
    stdout: [
      `${checked} Restored ${backup} into ${restored.file}. Start Blockwise with --db ${restored.file}, or move it into place while Blockwise is closed.`,
      ...ignored,
    ].join('\n'),
  }
}
