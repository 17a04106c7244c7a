// npm run bench (part 2): the roster check and handout export against real SQLite files.
// Prints figures; asserts nothing.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BlockSnapshots, insertBlock } from '../db/repositories/block.repository'
import { insertClient } from '../db/repositories/client.repository'
import { listActiveBlocks } from '../db/repositories/roster.repository'
import { insertSessions } from '../db/repositories/session.repository'
import { openBackend } from '../server/backend'
import type { Backend } from '../server/backend'
import { checkRosterPage } from '../server/roster-check'
import { exportHandout } from '../server/handouts/export-handout'
import { ClientInputSchema } from '../shared/schemas/client.schema'
import { syntheticBlock } from './synthetic-plans'
import { measure, measureAsync, report } from './timing'

const PAGE = 200

async function wholeRoster(backend: Backend, analyse: boolean): Promise<number> {
  const db = backend.database.db
  let findings = 0
  for (let offset = 0; ; offset += PAGE) {
    if (analyse) {
      const page = await checkRosterPage(db, { offset, limit: PAGE })
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

/** The first day of the history the check reads for blocks starting ${'2026-11-23'}. */
const HISTORY_FROM = '2026-08-31'
/** A year of trained blocks before the active one: 13 blocks of 4 weeks, logged. */
const HISTORY_BLOCKS = 13

/**
 * A roster of `count` clients, each with an active 16-week synthetic hybrid block and a year of
 * training before it (done blocks, most sessions logged done with actual RPE and minutes, some
 * skipped, some never logged).
 */
async function generateRoster(backend: Backend, count: number): Promise<void> {
  const now = new Date('2026-11-23T09:00:00Z').toISOString()
  await backend.database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const plan = syntheticBlock(5000 + i)
      const client = await insertClient(trx, {
        id: randomUUID(),
        now,
        input: ClientInputSchema.parse({
          name: `Client ${String(i).padStart(4, '0')}`,
          goal: 'hybrid',
        }),
      })
      const blockId = randomUUID()
      await insertBlock(trx, {
        id: blockId,
        clientId: client.id,
        name: 'Synthetic block',
        startDate: '2026-11-23',
        status: 'active',
        weeks: plan.weeks.map(() => ({ phase: 'build' as const, deload: false })),
        now,
      })
      const sessions = plan.weeks.flatMap((week, w) =>
        week.sessions.map((s, k) => ({
          ...s,
          id: randomUUID(),
          weekIndex: w,
          sortOrder: k,
          attachedTo: null,
        })),
      )
      await insertSessions(trx, blockId, sessions, now)
      for (let b = 0; b < HISTORY_BLOCKS; b++) {
        const past = syntheticBlock(90_000 + i * HISTORY_BLOCKS + b, 4)
        const pastId = randomUUID()
        const start = new Date(Date.UTC(2026, 10, 23 - 28 * (HISTORY_BLOCKS - b)))
        await insertBlock(trx, {
          id: pastId,
          clientId: client.id,
          name: `Earlier block ${b + 1}`,
          startDate: start.toISOString().slice(0, 10),
          status: 'done',
          weeks: past.weeks.map((w) => ({ phase: 'build' as const, deload: w.deload })),
          now,
        })
        let n = 0
        const logged = past.weeks.flatMap((week, w) =>
          week.sessions.map((s, k) => {
            const which = n++ % 20
            const base = { ...s, id: randomUUID(), weekIndex: w, sortOrder: k, attachedTo: null }
            if (which === 0) return { ...base, status: 'skipped' as const }
            if (which < 4) return base
            return {
              ...base,
              status: 'completed' as const,
              rpeActual: Math.min(10, (s.rpe ?? 5) + (which % 3) - 1),
              minutesActual: s.durationMin + (which % 5) - 2,
            }
          }),
        )
        await insertSessions(trx, pastId, logged, now)
      }
    }
  })
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-roster-bench-'))
  try {
    const demo = await openBackend({
      dataFile: path.join(dir, 'demo.db'),
      host: 'test',
      seedDemoWhenEmpty: true,
    })
    report(
      'roster check, demo roster of 12 (median)',
      (await measureAsync(() => wholeRoster(demo, true), { warmup: 3, samples: 15 })).median,
      '≤ 1000 ms',
    )
    await demo.close()

    const big = await openBackend({
      dataFile: path.join(dir, 'big.db'),
      host: 'test',
      seedDemoWhenEmpty: false,
    })
    const started = performance.now()
    await generateRoster(big, 1000)
    console.log(
      `(generated 1,000 clients with 16-week blocks and a year of logged history in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    )
    const plain = measure(() => plainRead(big), { warmup: 1, samples: 5 }).median
    const read = (await measureAsync(() => wholeRoster(big, false), { warmup: 1, samples: 5 }))
      .median
    const check = (await measureAsync(() => wholeRoster(big, true), { warmup: 1, samples: 5 }))
      .median
    report('read the same rows, plain SELECT (object a row)', plain, 'a baseline')
    report('read them as the check does (JSON per block)', read, 'a baseline')
    report('roster check, 1,000 clients (median)', check, '≤ 1000 ms and ≤ 2× the read')
    for (const [label, baseline] of [
      ['plain SELECT', plain],
      ['JSON read', read],
    ] as const) {
      const ratio = `  ratio check ÷ ${label}`.padEnd(48)
      console.log(`${ratio} ${(check / baseline).toFixed(2).padStart(9)} ×`)
    }

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
