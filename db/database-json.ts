import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { BackupError } from './backup-error'
import { openDatabase } from './database'
import { SIDE_FILES, notABlockwiseDatabase } from './files/database-file'
import { makeFolder } from './files/make-folder'
import { claimNewFile, putInPlace, temporaryNameFor } from './files/write-new-file'
import type { NewFileOptions } from './files/write-new-file'
import { DatabaseDumpSchema, TABLES, dumpProblems } from './dump-check'
import type { DatabaseDump } from './dump-check'
import { LATEST_SCHEMA_VERSION } from './migrations'

type Row = Record<string, unknown>

export type { DatabaseDump }

/** A table's primary key columns: rows are listed by key, so equal databases dump equally. */
function primaryKey(sqlite: BetterSqlite3.Database, table: string): string {
  const columns = sqlite.prepare(`PRAGMA table_info(${table})`).all() as {
    name: string
    pk: number
  }[]
  const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk)
  return key.length > 0 ? key.map((c) => `"${c.name}"`).join(', ') : 'rowid'
}

/** Every row of every table, as JSON: a whole-database export that `loadDatabase` restores exactly. */
export function dumpDatabase(file: string, now: Date): DatabaseDump {
  const problem = notABlockwiseDatabase(file)
  if (problem) throw new BackupError(problem)
  const opened = openDatabase(file, { now })
  try {
    const tables = Object.fromEntries(
      TABLES.map((table) => [
        table,
        opened.sqlite
          .prepare(`SELECT * FROM ${table} ORDER BY ${primaryKey(opened.sqlite, table)}`)
          .all() as Row[],
      ]),
    ) as DatabaseDump['tables']
    return {
      format: 'blockwise-database@1',
      schemaVersion: opened.migration.toVersion,
      exportedAt: now.toISOString(),
      tables,
    }
  } finally {
    opened.sqlite.close()
  }
}

/**
 * A whole-database export checked as the app would check its rows: the format, the schema version
 * and every row through the app's own schemas (dumpProblems). Throws BackupError naming the first
 * problems; returns the export.
 */
export function checkedDump(input: unknown): DatabaseDump {
  const parsed = DatabaseDumpSchema.safeParse(input)
  if (!parsed.success) {
    throw new BackupError('This is not a Blockwise database export (format blockwise-database@1).')
  }
  const dump = parsed.data
  if (dump.schemaVersion !== LATEST_SCHEMA_VERSION) {
    throw new BackupError(
      `The export is of schema ${dump.schemaVersion}; this version of Blockwise loads schema ${LATEST_SCHEMA_VERSION}.`,
    )
  }
  const problems = dumpProblems(dump)
  if (problems.length > 0) {
    const more = problems.length > 10 ? `\n… and ${problems.length - 10} more` : ''
    throw new BackupError(
      `The export has ${problems.length} row(s) Blockwise would never write:\n${problems.slice(0, 10).join('\n')}${more}`,
    )
  }
  return dump
}

/**
 * Loads a whole-database export into a new file (or, with force, in place of a file no program
 * has open: claimNewFile), in one transaction. The whole export is checked first with the app's
 * own schemas (checkedDump), then rows go in with foreign keys deferred to the commit, so rows in
 * any order load (an attachment chain whose ids sort child-first used to fail), and the foreign
 * keys are verified before committing, naming any row that points at nothing. The database is
 * built under a temporary name and given its name last, so `file` either holds the whole export
 * or is as it was.
 */
export function loadDatabase(
  file: string,
  input: unknown,
  now: Date,
  options: NewFileOptions = {},
): { rows: number; file: string } {
  const dump = checkedDump(input)
  makeFolder(path.dirname(path.resolve(file)))
  const target = claimNewFile(file, options)
  const temporary = temporaryNameFor(target)
  const removeTemporary = () => {
    for (const suffix of ['', ...SIDE_FILES]) rmSync(`${temporary}${suffix}`, { force: true })
  }
  const opened = openDatabase(temporary, { now })
  let rows = 0
  try {
    const load = opened.sqlite.transaction(() => {
      // Checked at COMMIT instead of per row; reset by SQLite when the transaction ends.
      opened.sqlite.pragma('defer_foreign_keys = ON')
      for (const table of TABLES) rows += insertRows(opened.sqlite, table, dump.tables[table])
      const dangling = opened.sqlite.pragma('foreign_key_check') as {
        table: string
        rowid: number
        parent: string
      }[]
      if (dangling.length > 0) {
        const first = dangling[0]!
        throw new BackupError(
          `${dangling.length} row(s) point at rows the export does not have, first a ${first.table} row (rowid ${first.rowid}) whose ${first.parent} is missing.`,
        )
      }
    })
    load()
  } catch (error) {
    opened.sqlite.close()
    removeTemporary()
    throw error
  }
  opened.sqlite.close()
  try {
    // Closing the last connection folds the log into the file and deletes it.
    const left = SIDE_FILES.find((side) => existsSync(`${temporary}${side}`))
    if (left) throw new BackupError(`The loaded database kept its ${left.slice(1)} log; try again.`)
    putInPlace(temporary, target, options)
  } catch (error) {
    removeTemporary()
    throw error
  }
  return { rows, file: target }
}

/** Inserts a table's rows as they are; the schema's STRICT types and CHECKs still apply. */
function insertRows(sqlite: BetterSqlite3.Database, table: string, rows: readonly Row[]): number {
  const columns = new Set(
    (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name),
  )
  for (const [index, row] of rows.entries()) {
    const names = Object.keys(row)
    const unknown = names.find((n) => !columns.has(n))
    if (unknown !== undefined) {
      throw new BackupError(
        `${table} row ${index + 1}: there is no column ${JSON.stringify(unknown)}`,
      )
    }
    try {
      sqlite
        .prepare(
          `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        )
        .run(...names.map((n) => row[n]))
    } catch (error) {
      throw new BackupError(`${table} row ${index + 1}: ${(error as Error).message}`)
    }
  }
  return rows.length
}
