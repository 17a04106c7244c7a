import path from 'node:path'

/**
 * A file or folder Blockwise could not write, worded for the coach and naming the path. Handlers
 * turn it into a field message; the command line prints it. Never "something went wrong".
 */
export class FileSystemError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly code: string | undefined,
  ) {
    super(message)
    this.name = 'FileSystemError'
  }
}

const WORDS: Record<string, (file: string) => string> = {
  ENOSPC: (f) => `There is not enough space on the disk to write ${f}.`,
  EDQUOT: (f) => `The disk quota is used up, so ${f} cannot be written.`,
  EACCES: (f) => `Blockwise is not allowed to write ${f} (permission denied).`,
  EPERM: (f) => `Blockwise is not allowed to write ${f} (permission denied).`,
  EROFS: (f) => `${f} is on a read-only disk.`,
  EISDIR: (f) => `${f} is a folder, not a file.`,
  ENOTDIR: (f) => `Part of ${f} is a file, not a folder.`,
  ENOENT: (f) => `${path.dirname(f)} does not exist and cannot be created.`,
  ENAMETOOLONG: (f) => `The name ${f} is too long for this disk.`,
  EEXIST: (f) => `${f} already exists.`,
  EIO: (f) => `The disk reported an error while writing ${f}.`,
  EINVAL: (f) => `${f} is not a name this disk accepts.`,
}

/** SQLite's own codes for the same troubles (a backup made through SQLite meets them). */
const SQLITE_AS_ERRNO: Record<string, string> = {
  SQLITE_FULL: 'ENOSPC',
  SQLITE_READONLY: 'EROFS',
  SQLITE_IOERR: 'EIO',
  SQLITE_CANTOPEN: 'EIO',
}

/**
 * `error` from a file-system call (or SQLite writing a file) on `file` as a FileSystemError that
 * names the file in plain words; other errors unchanged.
 */
export function fileError(error: unknown, file: string): unknown {
  if (error instanceof FileSystemError) return error
  const raw = (error as NodeJS.ErrnoException | null)?.code
  const sqlite = raw?.startsWith('SQLITE_') ? raw.split('_').slice(0, 2).join('_') : undefined
  const code = sqlite ? SQLITE_AS_ERRNO[sqlite] : raw
  const words = code ? WORDS[code] : undefined
  return words ? new FileSystemError(words(file), file, code) : error
}
