import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { FileSystemError, fileError } from './file-errors'

/** No folder worth making is deeper than this; a longer chain is a typo or an attack. */
const MAX_NEW_LEVELS = 32

/**
 * Makes `folder` (owner-only, 0700) and any missing parents, one level at a time, and returns its
 * absolute path. Node's recursive mkdir retries a level that reports ENOENT although its parent
 * exists (as under /proc), which hung the host for good; here each level is tried once, so the
 * call ends, with a plain message naming the path when it cannot be done.
 */
export function makeFolder(folder: string): string {
  if (folder.includes('\0')) {
    throw new FileSystemError('A folder name cannot contain a NUL character.', folder, 'EINVAL')
  }
  const target = path.resolve(folder)
  const missing: string[] = []
  for (let dir = target; ; dir = path.dirname(dir)) {
    const kind = statOrNull(dir)
    if (kind === 'folder') break
    if (kind === 'file') {
      throw new FileSystemError(`${dir} is a file, not a folder.`, dir, 'ENOTDIR')
    }
    if (path.dirname(dir) === dir || missing.length >= MAX_NEW_LEVELS) {
      throw new FileSystemError(`${target} cannot be created here.`, target, 'ENOENT')
    }
    missing.unshift(dir)
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir, { mode: 0o700 })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST' && statOrNull(dir) === 'folder') continue
      // Its parent exists, so ENOENT here means a place where folders cannot be made (/proc).
      if (code === 'ENOENT') throw new FileSystemError(`${dir} cannot be created here.`, dir, code)
      throw fileError(error, dir)
    }
  }
  return target
}

function statOrNull(file: string): 'folder' | 'file' | null {
  try {
    return statSync(file).isDirectory() ? 'folder' : 'file'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw fileError(error, file)
  }
}
