import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DatabaseDump } from '../../../db/database-json'
import { openPostgresDatabase } from '../../../db/postgres/postgres-database'
import { blockwise } from '../../support/blockwise-cli'
import { freshPostgresDatabase } from '../../support/test-database'
import { tempDir } from '../../support/temp-files'

/** The demo roster in a desktop file, and an empty team database with its head coach. */
async function desktopFileAndTeam() {
  const file = path.join(tempDir(), 'coach.db')
  expect(blockwise('demo', '--db', file).status).toBe(0)
  const url = await freshPostgresDatabase({ migrated: false })
  const init = blockwise('team', 'init', '--pg', url, '--head', 'hana@example.com')
  expect(init.stderr).toBe('')
  expect(init.stdout).toMatch(/head coach is Hana <hana@example.com>/)
  expect(init.stdout).toMatch(/\n {4}[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\n/)
  return { file, url }
}

describe('blockwise migrate: a desktop file into a team database', () => {
  it('moves the demo roster so that the two dumps are equal apart from the export time', async () => {
    const { file, url } = await desktopFileAndTeam()
    const run = blockwise('migrate', '--db', file, '--pg', url)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Moved \d+ rows \(12 clients, now Hana <hana@example.com>'s\)/)
    // blockwise dump --pg URL equals blockwise dump --db FILE apart from the export time.
    const dumped = (where: string[], name: string) => {
      const out = path.join(tempDir(), name)
      const run = blockwise('dump', ...where, '--out', out)
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      const dump = JSON.parse(readFileSync(out, 'utf8')) as DatabaseDump
      return { ...dump, exportedAt: 'the export time' }
    }
    const fromFile = dumped(['--db', file], 'file.json')
    const fromTeam = dumped(['--pg', url], 'team.json')
    expect(fromTeam.tables.sessions.length).toBeGreaterThan(500)
    expect(JSON.stringify(fromTeam)).toBe(JSON.stringify(fromFile))

    // Every client is the head coach's.
    const team = await openPostgresDatabase(url)
    const owners = await team.db
      .selectFrom('client_access as a')
      .innerJoin('coaches as c', 'c.id', 'a.coach_id')
      .select(['c.email', 'a.role'])
      .execute()
    expect(owners).toHaveLength(12)
    expect(new Set(owners.map((o) => `${o.email} ${o.role}`))).toEqual(
      new Set(['hana@example.com owner']),
    )
    await team.close()
  })

  it('refuses a team database that already holds a roster, and one with no head coach', async () => {
    const { file, url } = await desktopFileAndTeam()
    expect(blockwise('migrate', '--db', file, '--pg', url).status).toBe(0)
    const again = blockwise('migrate', '--db', file, '--pg', url)
    expect(again.status).toBe(2)
    expect(again.stderr).toMatch(/The team database is not empty \(clients has 12 row\(s\)\)/)

    const noHead = await freshPostgresDatabase({ migrated: false })
    const refused = blockwise('migrate', '--db', file, '--pg', noHead)
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/no head coach yet: run blockwise team init/)
    const team = await openPostgresDatabase(noHead)
    expect(await team.db.selectFrom('clients').select('id').execute()).toEqual([])
    await team.close()

    // blockwise load --pg goes into an empty team database only, as migrate does.
    const dump = path.join(tempDir(), 'roster.json')
    expect(blockwise('dump', '--db', file, '--out', dump).status).toBe(0)
    const loadAgain = blockwise('load', '--from', dump, '--pg', url)
    expect(loadAgain.status).toBe(2)
    expect(loadAgain.stderr).toMatch(/The team database is not empty \(clients has 12 row\(s\)\)/)
    const loaded = blockwise('load', '--from', dump, '--pg', noHead)
    expect(loaded.stderr).toBe('')
    expect(loaded.stdout).toMatch(/^Loaded \d+ rows into postgres:\/\/postgres@127\.0\.0\.1:\d+\//)
    expect(blockwise('dump', '--db', file, '--pg', url, '--out', dump).stderr).toMatch(
      /Name one database: --db FILE .* or --pg URL/,
    )
  })

  it('says plainly when the team database cannot be reached', () => {
    const run = blockwise('migrate', '--db', 'x.db', '--pg', 'postgres://nobody@127.0.0.1:1/none')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/There is no database at|Cannot open the team database/)
  })
})
