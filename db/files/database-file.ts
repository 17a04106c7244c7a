import { closeSync, openSync, readSync, statSync } from 'node:fs'
import type { Stats } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { fileError } from './file-errors'

/** Every SQLite database begins with these 16 bytes. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** The files SQLite keeps beside a database while it is open (or after a crash, until replayed). */
export const SIDE_FILES = ['-wal', '-shm', '-journal'] as const

/** Whether `file` starts as a SQLite database does (its first 16 bytes); false for a missing file. */
export function isSqliteFile(file: string): boolean {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch {
    return false
  }
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length)
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER)
  } finally {
    closeSync(fd)
  }
}

/**
 * Why `file` is not a Blockwise database that a command may open and write to, or null when it
 * is one. Opening anything else would write Blockwise's tables into it: an empty file, a JSON
 * dump, a PDF or another program's SQLite database are refused and left as they are.
 */
export function notABlockwiseDatabase(file: string): string | null {
  let stat: Stats
  try {
    stat = statSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return `There is no database at ${file}.`
    throw fileError(error, file)
  }
  if (!stat.isFile()) return `${file} is a folder or device, not a database file.`
  if (stat.size === 0) return `${file} is an empty file, not a Blockwise database.`
  if (!isSqliteFile(file)) return `${file} is not a database (it is some other kind of file).`
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[]
    if (tables.length > 0 && !tables.includes('schema_migrations')) {
      return `${file} is a SQLite database, but not a Blockwise one.`
    }
    return null
  } catch (error) {
    return `${file} cannot be read as a database: ${(error as Error).message}`
  } finally {
    sqlite.close()
  }
}
