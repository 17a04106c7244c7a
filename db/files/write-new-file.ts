import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import path from 'node:path'
import { SIDE_FILES, isSqliteFile } from './database-file'
import { FileSystemError, fileError } from './file-errors'

/** The one call that puts bytes on disk; a test passes one that fills up like a full disk. */
export type WriteBytes = (fd: number, bytes: Buffer, offset: number, length: number) => number

const writeBytes: WriteBytes = (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length)

export interface NewFileOptions {
  /** The coach said so (`--force`): an existing file may be replaced, unless a database has it open. */
  force?: boolean
  /** Files the command reads (its database): never the one it writes, even with force. */
  reading?: readonly string[]
}

const refuse = (message: string, file: string, code: string) => {
  throw new FileSystemError(message, file, code)
}

/** Whether two paths name one file (a link, `./x` and `x`), by device and inode. */
function sameFile(a: string, b: string): boolean {
  try {
    const [one, two] = [statSync(a), statSync(b)]
    return one.dev === two.dev && one.ino === two.ino
  } catch {
    return false
  }
}

/** The file a name really writes: itself, or what a symbolic link points to. */
function realTarget(file: string): string {
  try {
    if (!lstatSync(file).isSymbolicLink()) return file
  } catch {
    return file
  }
  try {
    return realpathSync(file)
  } catch {
    return refuse(`${file} is a link to a file that is not there.`, file, 'ENOENT')
  }
}

/**
 * Checks that `file` may be written, and returns the path that will be written (what a symbolic
 * link points to). Refused, with the reason in plain words:
 * - a file that exists, unless `force`;
 * - with or without force, a database in use or left with its log: a `-wal`, `-shm` or
 *   `-journal` beside the file (SQLite would also replay that log into whatever is put there),
 *   or the file is itself such a log of a database beside it;
 * - the file the command is reading, and anything that is not a plain file (a folder, a name
 *   ending in a slash, a device such as /dev/null, a pipe or a socket), with --force too.
 */
export function claimNewFile(file: string, options: NewFileOptions = {}): string {
  const named = path.resolve(file)
  const target = realTarget(named)
  const through = target === named ? '' : ` (${named} links to it)`
  if (options.reading?.some((source) => sameFile(source, target))) {
    refuse(`${target} is the file being read${through}; write to another file.`, target, 'EEXIST')
  }
  for (const side of SIDE_FILES) {
    if (existsSync(`${target}${side}`)) {
      refuse(
        `${target} is a database in use, or left with its ${side.slice(1)} log (${target}${side} is beside it)${through}; Blockwise never writes over it, even with --force. Close the program using it, or choose another name.`,
        target,
        'EBUSY',
      )
    }
    const base = target.endsWith(side) ? target.slice(0, -side.length) : null
    if (base && isSqliteFile(base)) {
      refuse(
        `${target} is the ${side.slice(1)} log of the database ${base}${through}; Blockwise never writes over it, even with --force.`,
        target,
        'EBUSY',
      )
    }
  }
  // A name written as a folder ("out/") is not a file to make: resolving would drop the slash.
  if (/[\\/]$/.test(file)) refuse(`${file} names a folder, not a file.`, named, 'EISDIR')
  if (existsSync(target)) {
    const kind = statSync(target)
    if (kind.isDirectory()) refuse(`${target} is a folder, not a file.`, target, 'EISDIR')
    // A device (/dev/null), a pipe or a socket: --force replaces a file, never one of these.
    if (!kind.isFile()) {
      refuse(
        `${target} is a device, pipe or socket, not a file${through}; Blockwise never writes over it, even with --force. Choose a file's name.`,
        target,
        'EEXIST',
      )
    }
    if (!options.force) {
      refuse(
        `${target} already exists${through}; choose a new name, or add --force to replace it.`,
        target,
        'EEXIST',
      )
    }
  }
  return target
}

/**
 * Gives a finished temporary file its name: without force only if the name is still free (a hard
 * link fails when it is taken, so a file made meanwhile is never replaced); with force by rename,
 * which replaces it in one step. Only temporary files in the target's folder are placed.
 */
export function putInPlace(temporary: string, target: string, options: NewFileOptions): void {
  if (options.force) {
    claimNewFile(target, options) // once more: a database may have been opened there meanwhile
    renameSync(temporary, target)
    return
  }
  try {
    linkSync(temporary, target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw claimError(target)
    // A disk without hard links (FAT, some network shares): the name was free when claimed.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') {
      throw error
    }
    if (existsSync(target)) throw claimError(target)
    renameSync(temporary, target)
    return
  }
  rmSync(temporary, { force: true })
}

const claimError = (target: string) =>
  new FileSystemError(
    `${target} already exists; choose a new name, or add --force to replace it.`,
    target,
    'EEXIST',
  )

/** A temporary name beside `target`, hidden and unique to this process and moment. */
export const temporaryNameFor = (target: string) =>
  path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`,
  )

/**
 * Writes a new file so that it is either complete or absent, and never over anything it should
 * not (claimNewFile): the bytes go to a temporary name in the same folder (owner-only), are written
 * to the last byte (a write may take fewer bytes than it was given, as on a nearly full disk),
 * flushed to disk, and the file is then given its name (putInPlace). Nothing reports success
 * unless every byte is on disk; a failure names the path in plain words (FileSystemError) and
 * leaves no temporary file. Returns the path written.
 */
export function writeNewFile(
  file: string,
  data: string | Buffer,
  options: NewFileOptions & { write?: WriteBytes } = {},
): string {
  const write = options.write ?? writeBytes
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  let target = path.resolve(file)
  let temporary: string | null = null
  try {
    target = claimNewFile(file, options)
    temporary = temporaryNameFor(target)
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
    putInPlace(temporary, target, options)
    return target
  } catch (error) {
    if (temporary) rmSync(temporary, { force: true })
    throw fileError(error, target)
  }
}
