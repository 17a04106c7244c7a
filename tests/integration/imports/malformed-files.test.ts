import { writeFileSync } from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { Result } from '../../../shared/contract/result'
import { blockwise } from '../../support/blockwise-cli'
import { sqliteOf, testBackend, value } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

const SHEET_HEADER = 'Week,Day,Time,Session,Exercise,Sets,Reps'

/** The rows a database holds, table by table, read from the file itself. */
function rowCounts(db: string): Record<string, number> {
  const sqlite = new BetterSqlite3(db, { readonly: true })
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[]
    return Object.fromEntries(
      tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
    )
  } finally {
    sqlite.close()
  }
}

describe('blockwise import of a malformed training sheet: refused whole, each problem named', () => {
  it.each([
    [
      'an unclosed quote (the second session used to vanish into one cell, exit 0)',
      `${SHEET_HEADER}\n1,Mon,07:00,Lower strength,"Back squat,5,5\n1,Wed,07:00,Upper strength,Bench press,4,6\n`,
      'row 2, Exercise: a quote opened here is never closed',
    ],
    [
      'a ragged row',
      `${SHEET_HEADER}\n1,Mon,07:00,Lower strength,Back squat,5\n`,
      'row 2, Reps: this row has 6 cells where the header has 7',
    ],
    [
      'a column named twice',
      `${SHEET_HEADER},reps\n1,Mon,07:00,Lower strength,Back squat,5,5,6\n`,
      'row 1, reps: column 8 has the same name as column 7',
    ],
    [
      'a __proto__ column',
      `${SHEET_HEADER},__proto__\n1,Mon,07:00,Lower strength,Back squat,5,5,x\n`,
      'row 1, __proto__: "__proto__" cannot be a column name',
    ],
    [
      'a sheet of 150,000 rows (a stack overflow before)',
      `${SHEET_HEADER}\n${'1,Mon,07:00,Lower strength,Back squat,5,5\n'.repeat(150_000)}`,
      'the file has more than 20,000 rows; split it',
    ],
  ])('%s', (_what, text, named) => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const before = rowCounts(db)
    const sheet = path.join(dir, 'sheet.csv')
    writeFileSync(sheet, text)
    const run = blockwise('import', '--db', db, sheet, '--client', 'Maya Okafor')
    expect(run.status, run.stdout).toBe(2)
    expect(run.stderr).toContain('Nothing was imported.')
    expect(run.stderr).toContain(named)
    expect(run.stderr).not.toMatch(/Maximum call stack|\n\s+at /)
    expect(rowCounts(db)).toEqual(before)
  })
})

/** A contract refusal: its message and field issues; the call must have failed. */
function refusal(result: Result<unknown>): string {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`)
  expect(result.error.code).toBe('invalid_input')
  return [result.error.message, ...result.error.issues.map((i) => i.message)].join('\n')
}

const changes = (backend: Backend) =>
  (sqliteOf(backend).sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n

describe('every CSV import through the contract refuses a malformed file whole', () => {
  async function maya() {
    const backend = await testBackend({ seedDemo: true })
    const [client] = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Maya' }),
    )
    return { backend, client: client! }
  }

  it('readiness: a duplicated illness column (the last one used to win)', async () => {
    const { backend, client } = await maya()
    const before = changes(backend)
    const message = refusal(
      await backend.dispatch('readiness.importCsv', {
        clientId: client.id,
        csv: 'date,illness,illness\n2026-11-02,yes,no\n',
      }),
    )
    expect(message).toContain('row 1, illness: column 3 has the same name as column 2')
    expect(changes(backend)).toBe(before)
    await backend.close()
  })

  it('readiness: an unclosed quote', async () => {
    const { backend, client } = await maya()
    const before = changes(backend)
    const message = refusal(
      await backend.dispatch('readiness.importCsv', {
        clientId: client.id,
        csv: 'date,sleep_h,pain\n2026-11-02,7,"knee\n2026-11-03,8,\n',
      }),
    )
    expect(message).toContain('row 2, pain: a quote opened here is never closed')
    expect(changes(backend)).toBe(before)
    await backend.close()
  })

  it('clients: a ragged row and a __proto__ column', async () => {
    const backend = await testBackend()
    for (const [csv, named] of [
      ['Name,Goal\nAna,hybrid\nBen\n', 'row 3, Goal: this row has 1 cell where the header has 2'],
      ['Name,__proto__\nAna,x\n', 'row 1, __proto__: "__proto__" cannot be a column name'],
    ] as const) {
      const message = refusal(await backend.dispatch('clients.importCsv', { csv, commit: true }))
      expect(message).toContain(named)
      expect(value<ClientSummary[]>(await backend.dispatch('clients.list', {}))).toEqual([])
    }
    await backend.close()
  })

  it('sessions CSV: an unclosed quote', async () => {
    const { backend, client } = await maya()
    const before = changes(backend)
    const message = refusal(
      await backend.dispatch('blocks.importCsv', {
        clientId: client.id,
        name: 'Back in',
        startDate: '2026-11-30',
        csv: 'Session ID,Week index,Day index\n"a,0,0\nb,0,1\n',
      }),
    )
    expect(message).toContain('line 2: Session ID: a quote opened here is never closed')
    expect(changes(backend)).toBe(before)
    await backend.close()
  })
})
