import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/database'
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations'
import { LEGACY_MIGRATIONS } from '../../support/legacy-migrations'
import { tempDbFile } from '../../support/temp-files'

const NOW = new Date('2026-11-23T09:00:00.000Z')

type Sqlite = BetterSqlite3.Database

/** SQL text compared without quotes, case or spacing: `"name" text` and `name TEXT` are the same. */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/"/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim()

/** Every `CHECK (…)` of a CREATE statement, normalised and sorted. */
function checks(createSql: string): string[] {
  const text = normalise(createSql)
  const found: string[] = []
  for (let at = text.indexOf('check('); at >= 0; at = text.indexOf('check(', at + 1)) {
    let depth = 0
    let end = at + 'check'.length
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++
      if (text[end] === ')' && --depth === 0) break
    }
    found.push(text.slice(at, end + 1))
  }
  return found.sort()
}

/** The collation SQLite gives a column: an index on it reports the column's own collation. */
function collation(sqlite: Sqlite, table: string, column: string): string {
  sqlite.exec(`CREATE INDEX probe_collation ON ${table} ("${column}")`)
  const [key] = sqlite.pragma('index_xinfo(probe_collation)') as { coll: string }[]
  sqlite.exec('DROP INDEX probe_collation')
  return key!.coll
}

/**
 * What a schema is, as far as the app can tell: per table its strictness, columns (type, NOT NULL,
 * default, key position, collation), CHECK constraints, foreign keys with their actions, and
 * indexes (unique, partial with their WHERE, key columns or expressions with collations).
 */
function schemaShape(sqlite: Sqlite) {
  const tables = sqlite
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string; sql: string }[]
  return tables.map(({ name, sql }) => {
    const strict = (sqlite.pragma(`table_list(${name})`) as { strict: number }[])[0]!.strict
    const columns = (
      sqlite.pragma(`table_xinfo(${name})`) as {
        name: string
        type: string
        notnull: number
        dflt_value: string | null
        pk: number
      }[]
    ).map((c) => ({
      name: c.name,
      type: c.type.toUpperCase(),
      notNull: c.notnull,
      default: c.dflt_value,
      pk: c.pk,
      collation: collation(sqlite, name, c.name),
    }))
    const foreignKeys = (
      sqlite.pragma(`foreign_key_list(${name})`) as Record<string, unknown>[]
    ).map(({ table, from, to, on_update, on_delete, seq }) => ({
      table,
      from,
      to,
      on_update,
      on_delete,
      seq,
    }))
    const indexes = (
      sqlite.pragma(`index_list(${name})`) as {
        name: string
        unique: number
        origin: string
        partial: number
      }[]
    )
      .map((index) => {
        const indexSql = (
          sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(index.name) as {
            sql: string | null
          }
        ).sql
        const where = indexSql === null ? '' : (normalise(indexSql).split(/\bwhere /)[1] ?? '')
        const keys = (
          sqlite.pragma(`index_xinfo(${index.name})`) as {
            name: string | null
            coll: string
            desc: number
            key: number
          }[]
        )
          .filter((k) => k.key === 1)
          .map((k) => ({ name: k.name, coll: k.coll, desc: k.desc }))
        // Constraint indexes are named by SQLite after their table; the rest by the migration.
        const label =
          index.origin === 'c' ? index.name : `${index.origin}:${keys.map((k) => k.name).join(',')}`
        return { label, unique: index.unique, partial: index.partial, where, keys }
      })
      .sort((a, b) => a.label.localeCompare(b.label))
    return { name, strict, columns, checks: checks(sql), foreignKeys, indexes }
  })
}

/** A file made by the shipped SQL of migrations 1…version, with one client in it. */
function legacyFile(version: number): string {
  const file = tempDbFile()
  const sqlite = new BetterSqlite3(file)
  sqlite.exec(`CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`)
  for (const step of LEGACY_MIGRATIONS.filter((m) => m.version <= version)) {
    step.up(sqlite)
    sqlite
      .prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)')
      .run(step.version, step.name, NOW.toISOString())
    sqlite.pragma(`user_version = ${step.version}`)
  }
  sqlite
    .prepare(
      `INSERT INTO clients (id, name, goal, experience_strength, experience_running, can_run_mile,
        competitive_level, recovers_slowly, max_sessions_per_day, advice_enabled, archived, created_at, updated_at)
       VALUES ('c1', 'Kept', 'hybrid', 'novice', 'novice', 1, 'recreational', 0, 2, 0, 0, ?, ?)`,
    )
    .run(NOW.toISOString(), NOW.toISOString())
  sqlite.close()
  return file
}

/** Opens a file with today's code (migrating it) and reads its schema's shape. */
async function shapeAfterOpening(file: string) {
  const opened = openDatabase(file, { now: NOW })
  expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
  expect(opened.sqlite.prepare('SELECT name FROM clients').all()).toEqual(
    file.endsWith('fresh') ? [] : [{ name: 'Kept' }],
  )
  const shape = schemaShape(opened.sqlite)
  await opened.close()
  return shape
}

const LAST_LEGACY = LEGACY_MIGRATIONS.at(-1)!.version

describe('files made by earlier versions (migrations 1–6 as raw SQLite SQL)', () => {
  // The reference: a file as the shipped SQL left it at its last version, brought up to date.
  const reference = () => shapeAfterOpening(legacyFile(LAST_LEGACY))

  it.each(LEGACY_MIGRATIONS.slice(0, -1).map((m) => m.version))(
    'a file at schema %i migrates to exactly the schema a file made by the shipped SQL has',
    async (version) => {
      expect(await shapeAfterOpening(legacyFile(version))).toEqual(await reference())
    },
  )

  it('a new file gets that same schema from the migrations defined for both databases', async () => {
    expect(await shapeAfterOpening(`${tempDbFile()}-fresh`)).toEqual(await reference())
  })

  it('the shape sees what matters: a lost CHECK or collation would show', async () => {
    const ref = await reference()
    const clients = ref.find((t) => t.name === 'clients')!
    expect(clients.strict).toBe(1)
    expect(clients.checks).toContain('check(length(name)between 1 and 120)')
    const exercises = ref.find((t) => t.name === 'exercises')!
    expect(exercises.columns.find((c) => c.name === 'name')!.collation).toBe('NOCASE')
    const blocks = ref.find((t) => t.name === 'blocks')!
    expect(blocks.indexes.find((i) => i.label === 'blocks_one_active_per_client')).toMatchObject({
      unique: 1,
      partial: 1,
      where: "status = 'active'",
    })
  })
})
