import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../../cli/command-table'
import { usageLines } from '../../../cli/command-spec'
import { BIN, blockwise } from '../../support/blockwise-cli'
import { tempDir } from '../../support/temp-files'

describe('the command table', () => {
  it('names each command once', () => {
    const names = COMMANDS.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('blockwise --help lists every command of the table, one line each', () => {
    const run = blockwise('--help')
    expect(run.status).toBe(0)
    for (const command of COMMANDS) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command.name} +${escape(command.summary)}$`, 'm'))
    }
  })

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    'blockwise %s --help prints its usage and every option, from the table',
    (name, command) => {
      const run = blockwise(...name.split(' '), '--help')
      expect(run.status, run.stderr).toBe(0)
      expect(run.stdout).toContain(`Usage: ${usageLines(command)[0]!}`)
      for (const [option, spec] of Object.entries(command.options)) {
        expect(run.stdout).toMatch(new RegExp(`^  --${option}\\b.*${escape(spec.help)}$`, 'm'))
      }
    },
  )

  it('a missing required option, an unknown one or an option left empty exits 2 with the usage', () => {
    const missing = blockwise('backup', '--db', 'x.db')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('blockwise backup needs --out FILE')
    expect(missing.stderr).toContain('Usage: blockwise backup --db FILE --out FILE')
    const unknown = blockwise('roster', '--db', 'x.db', '--frmat', 'json')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--frmat'.")
    const unknownCommand = blockwise('bakup')
    expect(unknownCommand.status).toBe(2)
    expect(unknownCommand.stderr).toContain('Unknown command "bakup".')
  })
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('blockwise log --rpe= (an option left empty)', () => {
  it('is refused, not logged as RPE 0', () => {
    const db = path.join(tempDir(), 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const sqlite = new BetterSqlite3(db, { readonly: true })
    const session = sqlite
      .prepare(
        "SELECT s.id, b.start_date AS start, s.week_index AS week, s.day FROM sessions s JOIN blocks b ON b.id = s.block_id JOIN clients c ON c.id = b.client_id WHERE c.name = 'Tom Becker' AND b.status = 'active' ORDER BY s.week_index, s.day LIMIT 1",
      )
      .get() as { id: string; start: string; week: number; day: number }
    sqlite.close()
    const date = new Date(`${session.start}T00:00:00Z`)
    date.setUTCDate(date.getUTCDate() + session.week * 7 + session.day)
    const run = blockwise(
      'log',
      '--db',
      db,
      '--client',
      'Tom Becker',
      '--date',
      date.toISOString().slice(0, 10),
      '--session',
      session.id,
      '--done',
      '--rpe=',
    )
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--rpe needs a value')
    const after = new BetterSqlite3(db, { readonly: true })
    expect(
      after.prepare('SELECT status, rpe_actual FROM sessions WHERE id = ?').get(session.id),
    ).toEqual({ status: 'planned', rpe_actual: null })
    after.close()
  })
})

describe('an internal error on the command line', () => {
  it('prints one line with no stack and no path of the machine, and the trace goes to a log file', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    // A database someone changed by hand: a table the code reads is gone.
    const sqlite = new BetterSqlite3(db)
    sqlite.exec('PRAGMA foreign_keys = OFF; DROP TABLE readiness;')
    sqlite.close()
    const run = spawnSync(process.execPath, [BIN, 'roster', '--db', db], {
      encoding: 'utf8',
      env: { ...process.env, XDG_DATA_HOME: path.join(dir, 'data') },
    })
    expect(run.status).toBe(2)
    const [first, second, ...rest] = run.stderr.trim().split('\n')
    expect(first).toMatch(/^Blockwise stopped on an internal error: .*no such table/)
    expect(first).not.toContain('/')
    expect(rest).toEqual([])
    const log = /^The details are in (.+\.log)$/.exec(second!)?.[1]
    expect(log?.startsWith(path.join(dir, 'data', 'blockwise', 'logs'))).toBe(true)
    expect(readFileSync(log!, 'utf8')).toMatch(/no such table[\s\S]*\n\s+at /)
  })

  it('a file that is not a Blockwise database is named and left as it is', () => {
    const dir = tempDir()
    const notes = path.join(dir, 'notes.json')
    writeFileSync(notes, '{"not":"a database"}')
    const run = blockwise('roster', '--db', notes)
    expect(run.status).toBe(2)
    expect(run.stderr.trim()).toBe(`${notes} is not a database (it is some other kind of file).`)
    expect(readFileSync(notes, 'utf8')).toBe('{"not":"a database"}')
    const folder = blockwise('roster', '--db', dir)
    expect(folder.stderr.trim()).toBe(`${dir} is a folder or device, not a database file.`)
  })
})
