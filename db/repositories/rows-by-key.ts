import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../schema'

type Table = keyof Database
type Row<T extends Table> = Selectable<Database[T]>

/**
 * Values some columns of a row hold: each column equals its value (`null`: the column is NULL),
 * as `WHERE a = ? AND b IS NULL`.
 */
export type RowKey<T extends Table> = { [C in keyof Row<T>]?: Row<T>[C] }

// Kysely cannot follow a column filter through a table name that is a type parameter; these see
// every table as plain columns, and each helper's signature gives back the table's own types.
type AnyTables = Record<string, Record<string, unknown>>
const untyped = (db: Kysely<Database>) => db as unknown as Kysely<AnyTables>
const anyTable = (table: Table): string => table

/**
 * The key as a condition, refused when it names no column or a column without a value: Kysely
 * leaves an undefined value out of the condition, and an empty one is true, so a key such as
 * `{ lift: undefined }` would find, or delete, every row.
 */
function keyCondition<T extends Table>(table: T, key: RowKey<T>): Record<string, unknown> {
  const columns = Object.entries(key)
  if (columns.length === 0 || columns.some(([, v]) => v === undefined)) {
    const got = columns.map(([c, v]) => `${c}=${v === undefined ? 'undefined' : JSON.stringify(v)}`)
    throw new Error(
      `A key of ${table} needs a value for each column it names: got ${got.join(', ') || 'none'}`,
    )
  }
  return key
}

/** The row of `table` whose columns hold `key` (the first one, when the key is not unique). */
export async function findRow<T extends Table>(
  db: Kysely<Database>,
  table: T,
  key: RowKey<T>,
): Promise<Row<T> | undefined> {
  const row = await untyped(db)
    .selectFrom(anyTable(table))
    .selectAll()
    .where((eb) => eb.and(keyCondition(table, key)))
    .executeTakeFirst()
  return row as Row<T> | undefined
}

/** Deletes the rows of `table` whose columns hold `key`; true when there was one. */
export async function deleteRows<T extends Table>(
  db: Kysely<Database>,
  table: T,
  key: RowKey<T>,
): Promise<boolean> {
  const result = await untyped(db)
    .deleteFrom(anyTable(table))
    .where((eb) => eb.and(keyCondition(table, key)))
    .executeTakeFirst()
  return result.numDeletedRows > 0n
}

/** How many rows `table` holds (PostgreSQL counts as text: the number is read here). */
export async function countRows(db: Kysely<Database>, table: Table): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
