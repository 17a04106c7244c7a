import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'
import { blockwise } from '../../support/blockwise-cli'
import { freshPostgresDatabase } from '../../support/test-database'
import { tempDir } from '../../support/temp-files'

/**
 * Every command that takes `--db FILE` takes `--pg URL` too: on the demo roster moved into a team
 * database, each reads what it reads from the desktop file, and its writes land in the team
 * database, recorded as the command line's.
 */

let file = ''
let url = ''

beforeAll(() => {
  file = path.join(tempDir(), 'coach.db')
  expect(blockwise('demo', '--db', file).status).toBe(0)
}, 120_000)

beforeAll(async () => {
  url = await freshPostgresDatabase({ migrated: false })
  expect(blockwise('team', 'init', '--pg', url, '--head', 'hana@example.com').status).toBe(0)
  expect(blockwise('migrate', '--db', file, '--pg', url).status).toBe(0)
}, 120_000)

/** The same command on the desktop file and on the team database. */
function onBoth(...args: string[]) {
  const desk = blockwise(...args, '--db', file)
  const team = blockwise(...args, '--pg', url)
  expect(team.stderr).toBe(desk.stderr)
  expect(team.status).toBe(desk.status)
  return { desk, team }
}

async function changeLog() {
  const client = new pg.Client(url)
  await client.connect()
  try {
    const { rows } = await client.query<{ coach_name: string; procedure: string }>(
      'select coach_name, procedure from change_log order by at, id',
    )
    return rows
  } finally {
    await client.end()
  }
}

describe('the command line on a team database (--pg URL)', () => {
  it('reads the same roster check, analysis, maxes and templates as from the desktop file', () => {
    const roster = onBoth('roster', '--format', 'json')
    expect(roster.team.stdout).toBe(roster.desk.stdout)
    expect(JSON.parse(roster.team.stdout)).not.toEqual([])
    const analysis = onBoth('analyze', '--client', 'Maya Okafor', '--format', 'json')
    expect(analysis.team.stdout).toBe(analysis.desk.stdout)
    const maxes = onBoth('maxes', '--client', 'Tom Becker', '--format', 'json')
    expect(maxes.team.stdout).toBe(maxes.desk.stdout)
    const templates = onBoth('template', 'list', '--format', 'json')
    expect(templates.team.stdout).toBe(templates.desk.stdout)
  })

  it('writes into the team database, recorded as the command line', async () => {
    const set = blockwise('maxes', '--pg', url, '--client', 'Tom Becker', '--set', 'BS=141')
    expect(set.stderr).toBe('')
    expect(set.stdout).toMatch(/Back squat\s+141 kg {2}tested/)
    const plan = path.join(tempDir(), 'week.json')
    writeFileSync(
      plan,
      JSON.stringify({
        format: 'blockwise-week@1',
        client: { goal: 'hybrid' },
        week: { phase: 'build' },
        sessions: [{ id: 'a', day: 0, start: '07:00', durationMin: 30, modality: 'run' }],
      }),
    )
    const imported = blockwise(
      'import',
      plan,
      '--pg',
      url,
      '--client',
      'Tom Becker',
      '--start',
      '2027-01-04',
    )
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    const log = await changeLog()
    expect(log.map((l) => l.procedure)).toEqual(
      expect.arrayContaining(['maxes.setMany', 'imports.commit']),
    )
    expect(new Set(log.map((l) => l.coach_name))).toEqual(new Set(['the command line']))

    const out = tempDir()
    const exported = blockwise(
      'export',
      '--pg',
      url,
      '--client',
      'Tom Becker',
      '--out',
      out,
      '--csv',
    )
    expect(exported.status).toBe(0)
    const [csv] = readdirSync(out).filter((f) => f.endsWith('.csv'))
    expect(readFileSync(path.join(out, csv!), 'utf8')).toContain('Tom Becker')
  })

  it('needs exactly one database, and says so', () => {
    for (const args of [
      ['roster'],
      ['roster', '--db', 'x.db', '--pg', 'postgres://a@127.0.0.1/b'],
    ]) {
      const run = blockwise(...args)
      expect(run.status).toBe(2)
      expect(run.stderr).toMatch(/^Name one database: --db FILE .* or --pg URL/)
    }
    expect(blockwise('roster', '--help').stdout).toContain(
      'Usage: blockwise roster (--db FILE | --pg URL) [--format text|json]',
    )
    const away = blockwise('roster', '--pg', 'postgres://nobody@127.0.0.1:1/none')
    expect(away.status).toBe(2)
    expect(away.stderr).toMatch(
      /^Cannot open the team database postgres:\/\/nobody@127\.0\.0\.1:1\/none/,
    )
  })
})
