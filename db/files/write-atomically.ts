import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { fileError } from './file-errors'

/** The one call that puts bytes on disk; a test passes one that fills up like a full disk. */
export type WriteBytes = (fd: number, bytes: Buffer, offset: number, length: number) => number

const writeBytes: WriteBytes = (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length)

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary name in the
 * same folder (owner-only), are written to the last byte (a write may take fewer bytes than it
 * was given, as on a nearly full disk), flushed to disk, and the file is then renamed into place
 * (atomic on one volume). Nothing reports success unless every byte is on disk; a failure names
 * the path in plain words (FileSystemError) and leaves no temporary file.
 */
export function writeFileAtomically(
  file: string,
  data: string | Buffer,
  write: WriteBytes = writeBytes,
): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
  )
  try {
    const fd = openSync(temporary, 'wx', 0o600)
    try {
      for (let offset = 0; offset < bytes.length;) {
        const written = write(fd, bytes, offset, bytes.length - offset)
        // A write that takes nothing would loop for ever; the disk is as good as full.
        if (written <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' })
        offset += written
      }
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw fileError(error, file)
  }
}
