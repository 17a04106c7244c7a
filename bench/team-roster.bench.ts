// npm run bench:team (part 1): the 1,000-client roster check on PostgreSQL beside the same roster
// in a SQLite file, on this machine. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { dumpAt, loadAt } from '../db/dump-anywhere'
import { openBackend } from '../server/backend'
import type { Backend } from '../server/backend'
import { checkRosterPage } from '../server/roster-check'
import { INSTALL_HINT, postgresBinDir, startThrowawayCluster } from '../tests/support/pg-cluster'
import { generateRoster } from './bench-roster'
import { measureAsync, report } from './timing'

const PAGE = 200

async function wholeCheck(backend: Backend): Promise<number> {
  let findings = 0
  for (let offset = 0; ; offset += PAGE) {
    const page = await checkRosterPage(backend.database.db, { offset, limit: PAGE })
    findings += page.findings.length
    if (offset + PAGE >= page.total) break
  }
  return findings
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

async function main() {
  if (!postgresBinDir()) {
    console.log(INSTALL_HINT)
    return
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-team-bench-'))
  // fsync on, as a real server runs.
  const cluster = await startThrowawayCluster({ durable: true })
  try {
    const file = path.join(dir, 'roster.db')
    const lite = await openBackend({ dataFile: file, host: 'test', seedDemoWhenEmpty: false })
    let started = performance.now()
    await generateRoster(lite, 1000)
    console.log(
      `(1,000 clients, 16-week blocks and a year of history each: ${seconds(performance.now() - started)})`,
    )
    const liteFindings = await wholeCheck(lite)
    const onSqlite = (await measureAsync(() => wholeCheck(lite), { warmup: 1, samples: 3 })).median
    await lite.close()

    const admin = new pg.Client(cluster.url())
    await admin.connect()
    await admin.query('create database roster')
    await admin.end()
    const url = cluster.url('roster')
    started = performance.now()
    const dump = await dumpAt({ kind: 'sqlite', file }, new Date())
    const { rows } = await loadAt({ kind: 'postgres', url }, dump, new Date())
    console.log(
      `(copied ${rows.toLocaleString('en')} rows into PostgreSQL: ${seconds(performance.now() - started)})`,
    )
    const team = await openBackend({ postgresUrl: url, host: 'test', seedDemoWhenEmpty: false })
    // Fresh statistics, as autovacuum would gather them soon after a load.
    await sql`vacuum analyze`.execute(team.database.db)
    const teamFindings = await wholeCheck(team)
    const onPostgres = (await measureAsync(() => wholeCheck(team), { warmup: 1, samples: 3 }))
      .median
    await team.close()

    report('roster check, 1,000 clients, SQLite (median of 3)', onSqlite, 'the baseline')
    report('roster check, 1,000 clients, PostgreSQL (median of 3)', onPostgres, '≤ 2× SQLite')
    console.log(
      `${'  ratio PostgreSQL ÷ SQLite'.padEnd(48)} ${(onPostgres / onSqlite).toFixed(2).padStart(9)} ×`,
    )
    console.log(
      `  (the same findings on both: ${liteFindings === teamFindings ? 'yes' : 'NO'}, ${teamFindings.toLocaleString('en')})`,
    )
  } finally {
    cluster.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
