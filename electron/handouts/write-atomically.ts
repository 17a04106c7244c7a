import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary name in the
 * same folder, are flushed to disk, and the file is then renamed into place (atomic on one volume).
 */
export function writeFileAtomically(file: string, data: string | Buffer): void {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
  )
  try {
    const fd = openSync(temporary, 'wx')
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
