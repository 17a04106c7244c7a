import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/database'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../db/migrations'
import { DatabaseVersionError, migrate } from '../../../db/migrator'
import type { MigrationTools } from '../../../db/migrations/portable'
import { sql } from 'kysely'
import { tempDbFile } from '../../support/temp-files'

const NOW = new Date('2026-11-23T09:00:00.000Z')

function tables(sqlite: BetterSqlite3.Database): string[] {
  return (
    sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((t) => t.name)
}

function insertClientRow(sqlite: BetterSqlite3.Database, id: string, name: string) {
  sqlite
    .prepare(
      `INSERT INTO clients (id, name, goal, experience_strength, experience_running, can_run_mile,
        competitive_level, recovers_slowly, max_sessions_per_day, advice_enabled, archived, created_at, updated_at)
       VALUES (?, ?, 'hybrid', 'novice', 'novice', 1, 'recreational', 0, 2, 0, 0, ?, ?)`,
    )
    .run(id, name, NOW.toISOString(), NOW.toISOString())
}

describe('migrations', () => {
  it('build the whole schema on an empty file and record the version', async () => {
    const file = tempDbFile()
    const database = openDatabase(file, { now: NOW })
    expect(database.migration).toEqual({
      fromVersion: 0,
      toVersion: LATEST_SCHEMA_VERSION,
      backupFile: null,
    })
    expect(tables(database.sqlite)).toEqual([
      'app_meta',
      'block_weeks',
      'blocks',
      'change_log',
      'client_access',
      'client_loads',
      'client_maxes',
      'clients',
      'coach_sessions',
      'coaches',
      'exercises',
      'finding_overrides',
      'readiness',
      'schema_migrations',
      'sessions',
      'sign_in_codes',
      'sign_in_failures',
      'stored_analyses',
      'templates',
    ])
    expect(database.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(database.sqlite.prepare('SELECT version, name FROM schema_migrations').all()).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
    )
    await database.close()
  })

  it('are a no-op when run again on an up-to-date file', async () => {
    const file = tempDbFile()
    await openDatabase(file, { now: NOW }).close()
    const again = openDatabase(file, { now: new Date('2027-01-01T00:00:00Z') })
    expect(again.migration).toEqual({
      fromVersion: LATEST_SCHEMA_VERSION,
      toVersion: LATEST_SCHEMA_VERSION,
      backupFile: null,
    })
    const applied = again.sqlite.prepare('SELECT applied_at FROM schema_migrations').all()
    expect(applied).toEqual(MIGRATIONS.map(() => ({ applied_at: NOW.toISOString() })))
    await again.close()
    expect(readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toEqual([])
  })

  it('write a timestamped copy next to an existing file before migrating it', async () => {
    const file = tempDbFile()
    const first = openDatabase(file, { now: NOW })
    insertClientRow(first.sqlite, 'c1', 'Kept In Backup')
    await first.close()

    const sqlite = new BetterSqlite3(file)
    const addColumn = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'add-nickname',
      up: ({ schema }: MigrationTools) => [
        schema.alterTable('clients').addColumn('nickname', 'text'),
      ],
    }
    const report = migrate(sqlite, {
      filePath: file,
      now: NOW,
      migrations: [...MIGRATIONS, addColumn],
    })
    sqlite.close()

    expect(report.fromVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(report.toVersion).toBe(LATEST_SCHEMA_VERSION + 1)
    expect(report.backupFile).toBe(
      `${file}.schema-v${LATEST_SCHEMA_VERSION}.2026-11-23T09-00-00-000Z.bak`,
    )
    expect(existsSync(report.backupFile!)).toBe(true)
    const backup = new BetterSqlite3(report.backupFile!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(backup.prepare('SELECT name FROM clients').all()).toEqual([{ name: 'Kept In Backup' }])
    backup.close()
  })

  it('roll back a migration that fails and leave the file at the last good version', async () => {
    const file = tempDbFile()
    await openDatabase(file, { now: NOW }).close()
    const sqlite = new BetterSqlite3(file)
    const broken = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up: ({ schema }: MigrationTools) => [
        schema.createTable('half_done').addColumn('x', 'integer'),
        sql`insert into no_such_table values (1)`,
      ],
    }
    expect(() =>
      migrate(sqlite, { filePath: file, now: NOW, migrations: [...MIGRATIONS, broken] }),
    ).toThrow('no such table: no_such_table')
    expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(tables(sqlite)).not.toContain('half_done')
    sqlite.close()
  })

  it('refuse a file written by a newer Blockwise', () => {
    const file = tempDbFile()
    const sqlite = new BetterSqlite3(file)
    sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    sqlite.close()
    expect(() => openDatabase(file, { now: NOW })).toThrow(DatabaseVersionError)
  })

  it("refuse another program's database instead of adding tables to it", () => {
    const file = tempDbFile()
    const sqlite = new BetterSqlite3(file)
    sqlite.exec('CREATE TABLE invoices (id INTEGER)')
    sqlite.close()
    expect(() => openDatabase(file, { now: NOW })).toThrow(/not a Blockwise database/)
    const check = new BetterSqlite3(file)
    expect(tables(check)).toEqual(['invoices'])
    check.close()
  })
})

describe('the opened database', () => {
  it('uses WAL, enforces foreign keys and waits on a busy file', async () => {
    const database = openDatabase(tempDbFile(), { now: NOW })
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    await database.close()
  })

  it('holds foreign keys: no block without its client, no session without its week', async () => {
    const database = openDatabase(tempDbFile(), { now: NOW })
    const { sqlite } = database
    const t = NOW.toISOString()
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO blocks (id, client_id, name, start_date, status, created_at, updated_at) VALUES ('b1', 'nobody', 'B', '2026-11-23', 'draft', ?, ?)",
        )
        .run(t, t),
    ).toThrow(/FOREIGN KEY/)

    insertClientRow(sqlite, 'c1', 'Ana')
    sqlite
      .prepare(
        "INSERT INTO blocks (id, client_id, name, start_date, status, created_at, updated_at) VALUES ('b1', 'c1', 'B', '2026-11-23', 'draft', ?, ?)",
      )
      .run(t, t)
    sqlite
      .prepare(
        "INSERT INTO block_weeks (block_id, week_index, phase, deload) VALUES ('b1', 0, 'base', 0)",
      )
      .run()
    const session = sqlite.prepare(
      `INSERT INTO sessions (id, block_id, week_index, day, start, duration_min, modality, to_failure, terrain,
        priority, locked, status, sort_order, created_at, updated_at)
       VALUES (?, 'b1', ?, 0, '07:00', 60, 'run', 0, 'flat', 'normal', 0, 'planned', 0, ?, ?)`,
    )
    expect(() => session.run('s1', 3, t, t)).toThrow(/FOREIGN KEY/)
    session.run('s1', 0, t, t)

    // A client with blocks cannot be deleted out from under them (archive is the way).
    expect(() => sqlite.prepare("DELETE FROM clients WHERE id = 'c1'").run()).toThrow(/FOREIGN KEY/)
    await database.close()
  })

  it('allows only one active block per client', async () => {
    const database = openDatabase(tempDbFile(), { now: NOW })
    const { sqlite } = database
    const t = NOW.toISOString()
    insertClientRow(sqlite, 'c1', 'Ana')
    const insert = sqlite.prepare(
      "INSERT INTO blocks (id, client_id, name, start_date, status, created_at, updated_at) VALUES (?, 'c1', 'B', '2026-11-23', ?, ?, ?)",
    )
    insert.run('b1', 'active', t, t)
    insert.run('b2', 'draft', t, t)
    expect(() => insert.run('b3', 'active', t, t)).toThrow(/UNIQUE/)
    await database.close()
  })
})
