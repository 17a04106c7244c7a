import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { parentsFirst } from '../../shared/plans/attachments'
import { BackupError } from '../backup'
import { TABLES } from '../dump-check'
import type { DatabaseDump } from '../dump-check'
import type { Database } from '../schema'

type Row = Record<string, unknown>
type Table = (typeof TABLES)[number]

/**
 * Each table's primary key. Rows are dumped in key order, as a SQLite file dumps them: the key
 * columns are text COLLATE "C" (byte order, SQLite's BINARY) or citext COLLATE "C" (ASCII case
 * folded, SQLite's NOCASE), so both databases list the same rows in the same order.
 */
export const PRIMARY_KEYS: Record<Table, readonly string[]> = {
  clients: ['id'],
  blocks: ['id'],
  block_weeks: ['block_id', 'week_index'],
  sessions: ['id'],
  finding_overrides: ['id'],
  exercises: ['id'],
  client_loads: ['client_id'],
  client_maxes: ['client_id', 'lift'],
  app_meta: ['key'],
  templates: ['id'],
  readiness: ['client_id', 'date'],
}

/** Every row of every roster table of a PostgreSQL database, as `blockwise dump` writes them. */
export async function dumpPostgres(
  db: Kysely<Database>,
  schemaVersion: number,
  now: Date,
): Promise<DatabaseDump> {
  // One snapshot for every table, so a dump taken while coaches save is consistent.
  const tables = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const out: Partial<Record<Table, Row[]>> = {}
      for (const table of TABLES) {
        const order = sql.join(PRIMARY_KEYS[table].map((c) => sql.ref(c)))
        const rows = await sql<Row>`select * from ${sql.table(table)} order by ${order}`.execute(
          trx,
        )
        out[table] = rows.rows
      }
      return out as Record<Table, Row[]>
    })
  return { format: 'blockwise-database@1', schemaVersion, exportedAt: now.toISOString(), tables }
}

/** How many rows the roster tables hold, by table (only those with rows). */
export async function rosterRowCounts(
  db: Kysely<Database>,
): Promise<Partial<Record<Table, number>>> {
  const counts: Partial<Record<Table, number>> = {}
  for (const table of TABLES) {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)
    const n = Number(row.rows[0]?.n ?? 0)
    if (n > 0) counts[table] = n
  }
  return counts
}

/** Refuses a team database that already holds roster rows: loads and migrations go into empty ones. */
export async function assertEmptyRoster(db: Kysely<Database>, what: string): Promise<void> {
  const counts = Object.entries(await rosterRowCounts(db))
  if (counts.length > 0) {
    const [table, n] = counts[0]!
    throw new BackupError(
      `The team database is not empty (${table} has ${n} row(s)); ${what} goes into an empty one, so nothing already there is mixed with it or overwritten.`,
    )
  }
}

/** Rows a multi-row INSERT carries: 500 × the widest table's 30 columns stays far under 65,535. */
const ROWS_PER_INSERT = 500

/**
 * Inserts a checked dump's rows (dumpProblems found nothing) into an empty team database, inside
 * the caller's transaction. Parents go first and sessions in attachment order, since PostgreSQL
 * checks each foreign key at once; a row the database still refuses is named with its table and
 * the rows around it. Returns the number of rows.
 */
export async function insertDumpRows(trx: Kysely<Database>, dump: DatabaseDump): Promise<number> {
  let count = 0
  for (const table of TABLES) {
    let rows = dump.tables[table]
    if (table === 'sessions') {
      const ordered = parentsFirst(
        rows.map((row) => ({
          row,
          id: String(row.id),
          attachedTo: typeof row.attached_to === 'string' ? row.attached_to : null,
        })),
      )
      rows = ordered.map((o) => o.row)
    }
    const columns = await columnsOf(trx, table)
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT)
      for (const [k, row] of chunk.entries()) {
        const unknown = Object.keys(row).find((n) => !columns.has(n))
        if (unknown !== undefined) {
          throw new BackupError(
            `${table} row ${i + k + 1}: there is no column ${JSON.stringify(unknown)}`,
          )
        }
      }
      try {
        await trx.insertInto(table).values(chunk).execute()
      } catch (error) {
        const e = error as { message?: string; detail?: string }
        throw new BackupError(
          `${table} rows ${i + 1}–${i + chunk.length}: ${e.message ?? String(error)}${e.detail ? ` (${e.detail})` : ''}`,
        )
      }
    }
    count += rows.length
  }
  return count
}

async function columnsOf(db: Kysely<Database>, table: string): Promise<Set<string>> {
  const rows = await sql<{ name: string }>`select column_name as name
    from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}`.execute(db)
  return new Set(rows.rows.map((r) => r.name))
}
