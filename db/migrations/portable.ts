import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
} from 'kysely'
import type { CreateTableBuilder, Expression, RawBuilder, SchemaModule } from 'kysely'
import type { DialectName } from '../dialect'

/**
 * The vocabulary migrations are written in, the same words on both databases. Frozen like the
 * migrations themselves: a word may be added, never changed, or an old step would change meaning.
 *
 * - text: SQLite TEXT (compared byte by byte); PostgreSQL text COLLATE "C", which compares and
 *   sorts the same way whatever locale the cluster was created with.
 * - nocaseText: SQLite TEXT COLLATE NOCASE (ASCII letters fold, as the desktop app always had);
 *   PostgreSQL citext COLLATE "C", whose lower() also folds ASCII letters only under "C", so a
 *   unique name, a lookup and an ORDER BY give the same answers on both.
 * - real: SQLite REAL; PostgreSQL double precision (real would be 4 bytes and lose digits).
 * - integer: INTEGER on both (32 bits on PostgreSQL: every integer column holds small numbers).
 */
export interface ColumnTypes {
  text: Expression<unknown> | 'text'
  nocaseText: Expression<unknown>
  real: 'real' | 'double precision'
  integer: 'integer'
}

export interface MigrationTools {
  dialect: DialectName
  /** Kysely's schema builder for the dialect (compile only: the migrator runs what it builds). */
  schema: SchemaModule
  type: ColumnTypes
  /** A new table; STRICT on SQLite (a value of the wrong type is refused, as on PostgreSQL). */
  table: (
    name: string,
    build: (table: CreateTableBuilder<string, never>) => CreateTableBuilder<string, string>,
  ) => CreateTableBuilder<string, string>
  /** A CHECK that `column` matches a GLOB character pattern (a regular expression on PostgreSQL). */
  matches: (column: string, glob: string, regex: string) => RawBuilder<unknown>
}

/** A Kysely that only compiles: the migrator executes the compiled statements itself. */
export function compilerFor(dialect: DialectName): Kysely<unknown> {
  return new Kysely<unknown>({
    dialect:
      dialect === 'sqlite'
        ? {
            createAdapter: () => new SqliteAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (db) => new SqliteIntrospector(db),
            createQueryCompiler: () => new SqliteQueryCompiler(),
          }
        : {
            createAdapter: () => new PostgresAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (db) => new PostgresIntrospector(db),
            createQueryCompiler: () => new PostgresQueryCompiler(),
          },
  })
}

export function migrationTools(dialect: DialectName, compiler: Kysely<unknown>): MigrationTools {
  const sqlite = dialect === 'sqlite'
  return {
    dialect,
    schema: compiler.schema,
    type: {
      text: sqlite ? 'text' : sql`text collate "C"`,
      nocaseText: sqlite ? sql`text collate NOCASE` : sql`citext collate "C"`,
      real: sqlite ? 'real' : 'double precision',
      integer: 'integer',
    },
    table: (name, build) => {
      const table = build(compiler.schema.createTable(name))
      return sqlite ? table.modifyEnd(sql`strict`) : table
    },
    matches: (column, glob, regex) =>
      sqlite
        ? sql`${sql.ref(column)} glob ${sql.lit(glob)}`
        : sql`${sql.ref(column)} ~ ${sql.lit(regex)}`,
  }
}
