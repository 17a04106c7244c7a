import { existsSync, rmSync } from 'node:fs'
import type BetterSqlite3 from 'better-sqlite3'
import { BackupError } from './backup'
import { openDatabase } from './database'
import { LATEST_SCHEMA_VERSION } from './migrations'

/** The tables of a Blockwise database in an order that satisfies their foreign keys. */
const TABLES = ['clients', 'blocks', 'block_weeks', 'sessions', 'finding_overrides'] as const

type Row = Record<string, unknown>

export interface DatabaseDump {
  format: 'blockwise-database@1'
  schemaVersion: number
  exportedAt: string
  tables: Record<(typeof TABLES)[number], Row[]>
}

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
  if (!existsSync(file)) throw new BackupError(`There is no database at ${file}.`)
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

function isDump(value: unknown): value is DatabaseDump {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<DatabaseDump>
  return (
    v.format === 'blockwise-database@1' &&
    typeof v.tables === 'object' &&
    v.tables !== null &&
    TABLES.every((t) => Array.isArray(v.tables![t]))
  )
}

/**
 * Loads a whole-database export into a new file, in one transaction. Rows go through the
 * schema's own STRICT types, CHECK constraints and foreign keys; anything they refuse, or a column
 * the schema does not have, stops the load and the new file is removed, so it either holds the
 * whole export or does not exist.
 */
export function loadDatabase(file: string, dump: unknown, now: Date): { rows: number } {
  if (!isDump(dump)) {
    throw new BackupError('This is not a Blockwise database export (format blockwise-database@1).')
  }
  if (dump.schemaVersion !== LATEST_SCHEMA_VERSION) {
    throw new BackupError(
      `The export is of schema ${dump.schemaVersion}; this version of Blockwise loads schema ${LATEST_SCHEMA_VERSION}.`,
    )
  }
  if (existsSync(file)) {
    throw new BackupError(`${file} already exists; load an export into a new file.`)
  }
  const opened = openDatabase(file, { now })
  let rows = 0
  try {
    const load = opened.sqlite.transaction(() => {
      for (const table of TABLES) {
        const columns = new Set(
          (opened.sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
            (c) => c.name,
          ),
        )
        // Sessions attached to another session go in after it.
        const list =
          table === 'sessions'
            ? [...dump.tables.sessions].sort(
                (a, b) => Number(a.attached_to != null) - Number(b.attached_to != null),
              )
            : dump.tables[table]
        for (const [index, row] of list.entries()) {
          const names = Object.keys(row)
          const unknown = names.find((n) => !columns.has(n))
          if (unknown !== undefined) {
            throw new BackupError(
              `${table} row ${index + 1}: there is no column ${JSON.stringify(unknown)}`,
            )
          }
          try {
            opened.sqlite
              .prepare(
                `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
              )
              .run(...names.map((n) => row[n]))
          } catch (error) {
            throw new BackupError(`${table} row ${index + 1}: ${(error as Error).message}`)
          }
          rows++
        }
      }
    })
    load()
  } catch (error) {
    opened.sqlite.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
    throw error
  }
  opened.sqlite.close()
  return { rows }
}
