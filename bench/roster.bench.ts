// npm run bench (part 2): the roster check and handout export against real SQLite files.
// Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BlockSnapshots } from '../db/repositories/block.repository'
import { listActiveBlocks } from '../db/repositories/roster.repository'
import { openBenchBackend } from './bench-backend'
import type { Backend } from '../server/backend'
import { checkRosterPage } from '../server/roster-check'
import type { RosterCheckOptions } from '../server/roster-check'
import { FindingsMemo } from '../server/analysis/findings-memo'
import { createApiClient } from '../shared/contract/api-client'
import type { Result } from '../shared/contract/result'
import { exportHandout } from '../server/handouts/export-handout'
import { HISTORY_FROM, generateRoster } from './bench-roster'
import { measureAsync, report } from './timing'

const PAGE = 200

async function wholeRoster(
  backend: Backend,
  analyse: boolean,
  options: RosterCheckOptions = {},
): Promise<number> {
  const db = backend.database.db
  let findings = 0
  for (let offset = 0; ; offset += PAGE) {
    if (analyse) {
      const page = await checkRosterPage(db, { offset, limit: PAGE }, options)
      findings += page.findings.length
      if (offset + PAGE >= page.total) break
    } else {
      const entries = await listActiveBlocks(db, { offset, limit: PAGE })
      if (entries.length < PAGE) break
    }
  }
  return findings
}

/**
 * Medians of `samples` runs of `run`, each after an untimed `before`: the wall time, and the CPU
 * time this process spent (on a machine shared with other work, the wall time also counts the
 * time spent waiting for a core; the CPU time is the work itself).
 */
async function measureSamples(
  samples: number,
  before: () => Promise<unknown>,
  run: () => Promise<unknown>,
): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < samples; i++) {
    await before()
    const start = performance.now()
    const usage = process.cpuUsage()
    await run()
    const used = process.cpuUsage(usage)
    wall.push(performance.now() - start)
    cpu.push((used.user + used.system) / 1000)
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(samples / 2)]!
  return { wall: median(wall), cpu: median(cpu) }
}

const nothing = () => Promise.resolve()

/** A wall-time line with the CPU time beside it. */
function reportWithCpu(
  label: string,
  { wall, cpu }: { wall: number; cpu: number },
  target: string,
) {
  report(label, wall, target)
  console.log(
    `${'  of which CPU time of this process'.padEnd(48)} ${cpu.toFixed(1).padStart(9)} ms`,
  )
}

/**
 * Ten clients' analyses made out of date the way a coach's day does it, through the backend's own
 * procedures: four blocks edited, three sessions logged in an earlier block, three readiness
 * reports. `round` picks other clients and values each time.
 */
async function changeTenClients(backend: Backend, round: number): Promise<void> {
  const ok = <T>(result: Result<T>): T => {
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  const clients = await backend.database.db
    .selectFrom('clients')
    .select('id')
    .orderBy('name')
    .offset(round * 10)
    .limit(10)
    .execute()
  const api = createApiClient((name, input) => backend.dispatch(name, input))
  for (const [k, { id }] of clients.entries()) {
    const blocks = ok(await api.blocks.listForClient({ clientId: id }))
    if (k < 7) {
      const summary = k < 4 ? blocks.find((b) => b.status === 'active')! : blocks[1]!
      const block = ok(await api.blocks.get({ id: summary.id }))
      const session = block.sessions[round % block.sessions.length]!
      const changes =
        k < 4 ? { durationMin: 30 + round } : { status: 'skipped' as const, rpeActual: null }
      ok(
        await api.blocks.write({
          blockId: block.id,
          revision: block.revision,
          write: { kind: 'patches', patches: [{ op: 'update', id: session.id, changes }] },
        }),
      )
    } else {
      ok(
        await api.readiness.save({
          clientId: id,
          entries: [{ date: '2026-11-23', sleepH: 5 + (round % 4), fatigue: 6 }],
        }),
      )
    }
  }
}

/** Median wall time of `blockwise roster` in fresh processes, output discarded (after one run). */
function rosterInFreshProcess(dbFile: string): number {
  const times: number[] = []
  for (let i = 0; i <= 3; i++) {
    const start = performance.now()
    const run = spawnSync(
      process.execPath,
      [path.resolve('bin/blockwise.mjs'), 'roster', '--db', dbFile],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    if (run.error) throw run.error
    if (i > 0) times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[1]!
}

/**
 * The same rows read the plain way, one JavaScript object per row as better-sqlite3 returns them:
 * the cost of the data itself, without the JSON-per-block reader the check uses.
 */
function plainRead(backend: Backend): number {
  const active = `from blocks b join clients c on c.id = b.client_id
    where b.status = 'active' and c.archived = 0`
  if (backend.database.dialect !== 'sqlite') throw new Error('plainRead reads a SQLite file')
  const sqlite = backend.database.sqlite
  const rows = [
    ...sqlite.prepare(`select c.* ${active}`).all(),
    ...sqlite.prepare(`select b.* ${active}`).all(),
    ...sqlite
      .prepare(
        `select w.* from block_weeks w join blocks b on b.id = w.block_id
        join clients c on c.id = b.client_id where b.status = 'active' and c.archived = 0`,
      )
      .all(),
    ...sqlite
      .prepare(
        `select s.* from sessions s join blocks b on b.id = s.block_id
        join clients c on c.id = b.client_id where b.status = 'active' and c.archived = 0
        order by s.block_id, s.week_index, s.day, s.start, s.sort_order, s.id`,
      )
      .all(),
    // The history the check reads: each client's trained sessions of the 12 weeks before.
    ...sqlite
      .prepare(
        `select s.* from sessions s join blocks b on b.id = s.block_id
        join clients c on c.id = b.client_id where b.status = 'done' and c.archived = 0
        and date(b.start_date, '+' || (s.week_index * 7 + s.day) || ' days') >= '${HISTORY_FROM}'
        order by s.block_id, s.week_index, s.day, s.start, s.sort_order, s.id`,
      )
      .all(),
  ]
  return rows.length
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-roster-bench-'))
  try {
    const demo = await openBenchBackend(path.join(dir, 'demo.db'), 'demo')
    report(
      'roster check, demo roster of 12 (median)',
      (await measureAsync(() => wholeRoster(demo, true), { warmup: 3, samples: 15 })).median,
      '≤ 1000 ms',
    )
    await demo.close()

    const big = await openBenchBackend(path.join(dir, 'big.db'), 'empty')
    const started = performance.now()
    await generateRoster(big, 1000)
    console.log(
      `(generated 1,000 clients with 16-week blocks and a year of logged history in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    )
    const db = big.database.db
    const plain = await measureSamples(5, nothing, () => Promise.resolve(plainRead(big)))
    const read = await measureSamples(5, nothing, () => wholeRoster(big, false))
    // Cold: nothing stored (a new engine version, or the first check of a database).
    const cold = await measureSamples(
      3,
      () => db.deleteFrom('stored_analyses').execute(),
      () => wholeRoster(big, true),
    )
    // Warm: nothing changed since the last check (a check first, untimed, stores what is missing).
    await wholeRoster(big, true)
    const warm = await measureSamples(5, nothing, () => wholeRoster(big, true))
    // Warm in the app: its second check in a session also has the findings it built in memory.
    const memo = new FindingsMemo()
    await wholeRoster(big, true, { memo })
    const warmInApp = await measureSamples(5, nothing, () => wholeRoster(big, true, { memo }))
    // Ten clients changed since the last check, through the app's own writes: checked again in
    // the app (what it built is in memory), and in a new process (all of it read back).
    let round = 0
    const changedInApp = await measureSamples(
      5,
      () => changeTenClients(big, round++),
      () => wholeRoster(big, true, { memo }),
    )
    const changed = await measureSamples(
      5,
      () => changeTenClients(big, round++),
      () => wholeRoster(big, true),
    )
    reportWithCpu('read the rows the check reads, plain SELECT', plain, 'a baseline')
    reportWithCpu('read them as a cold check does (JSON per block)', read, 'a baseline')
    reportWithCpu('roster check, 1,000 clients, cold (nothing stored)', cold, '(was ≤ 1000 ms)')
    reportWithCpu(
      'roster check, warm (nothing changed; read back)',
      warm,
      '≤ 300 ms and ≤ 0.15× cold',
    )
    reportWithCpu('  the same, again in the app (kept in memory)', warmInApp, 'as above')
    console.log(
      `${'  ratio warm ÷ cold (wall; CPU)'.padEnd(48)} ${(warm.wall / cold.wall).toFixed(2).padStart(9)} ×; ${(warm.cpu / cold.cpu).toFixed(2)} ×`,
    )
    reportWithCpu('roster check after 10 clients changed (read back)', changed, '≤ 500 ms')
    reportWithCpu('  the same, in the app (kept in memory)', changedInApp, '≤ 500 ms')
    const cli = rosterInFreshProcess(path.join(dir, 'big.db'))
    report('blockwise roster, a fresh process (warm)', cli, 'as fast as in process')

    // HANDOUTS=0 leaves the handouts out (repeated runs of the roster figures).
    if (process.env.HANDOUTS === '0') return await big.close()
    const clients = await big.database.db
      .selectFrom('clients')
      .select('id')
      .orderBy('name')
      .limit(100)
      .execute()
    const out = path.join(dir, 'handouts')
    const snapshots = new BlockSnapshots()
    const start = performance.now()
    for (const { id } of clients) {
      await exportHandout(
        big.database.db,
        snapshots,
        {
          clientId: id,
          pdf: true,
          ics: false,
          csv: false,
          paper: 'A4',
          folder: out,
          replace: false,
        },
        new Date(),
      )
    }
    report('export 100 PDF handouts (16 weeks each)', performance.now() - start, '≤ 20000 ms')
    await big.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
