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

/** `error` from a file-system call on `file` as a FileSystemError (other errors unchanged). */
export function fileError(error: unknown, file: string): unknown {
  if (error instanceof FileSystemError) return error
  const code = (error as NodeJS.ErrnoException | null)?.code
  const words = code ? WORDS[code] : undefined
  return words ? new FileSystemError(words(file), file, code) : error
}
