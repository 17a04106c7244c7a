/** A problem with a backup, restore, dump or load, worded for the coach (naming the file). */
export class BackupError extends Error {
  override name = 'BackupError'
}
