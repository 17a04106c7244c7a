import { spawn } from 'node:child_process'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../db/database'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

const WRITER = path.resolve('tests/support/crash-writer.ts')
const KILLS = 20

/**
 * Starts the writer, lets it write for `ms` after it is ready, then kills it with SIGKILL; answers
 * the last editor-save revision the writer acknowledged (0 when none).
 */
function writeThenKill(args: string[], ms: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let errors = ''
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (!output.includes('ready') && chunk.toString().includes('ready'))
        setTimeout(() => child.kill('SIGKILL'), ms)
      output += chunk.toString()
    })
    const acknowledged = () =>
      Math.max(0, ...[...output.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1])))
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(acknowledged())
        : reject(new Error(`writer stopped by itself: ${errors}`)),
    )
  })
}

describe('crash safety', () => {
  it(`after SIGKILL at ${KILLS} random moments of plan imports, bulk writes and editor saves, the database is intact and every transaction is all or nothing`, async () => {
    const file = path.join(tempDir(), 'crash.db')
    const setup = await testBackend({ dataFile: file })
    const client = value<Client>(
      await setup.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
    )
    const block = (name: string, status: 'active' | 'draft') =>
      setup.dispatch('blocks.create', {
        clientId: client.id,
        name,
        startDate: '2026-11-23',
        weeks: [{ phase: 'build' }],
        status,
      })
    const edit = value<Block>(await block('Edited', 'active'))
    const bulk = value<Block>(await block('Bulk', 'draft'))
    const pair = (id: string, durationMin: number) => ({
      op: 'insert',
      session: {
        id,
        weekIndex: 0,
        sortOrder: 0,
        day: 2,
        start: '07:00',
        durationMin,
        modality: 'run',
        runType: 'easy',
      },
    })
    value(
      await setup.dispatch('blocks.applyPatches', {
        blockId: edit.id,
        revision: edit.revision,
        patches: [pair('pair-a', 40), pair('pair-b', 60)],
      }),
    )
    await setup.close()

    // Kill moments from 0 to 1.5 s after the writer is ready, seeded so a failure can be replayed.
    const moments = fc.sample(fc.integer({ min: 0, max: 1500 }), { numRuns: KILLS, seed: 20261123 })
    let killedMidBulk = 0
    let importsSeen = 0
    const revisions: number[] = []
    for (const [i, ms] of moments.entries()) {
      const acknowledged = await writeThenKill(
        [file, edit.id, bulk.id, client.id, String(i % 3)],
        ms,
      )
      const opened = openDatabase(file)
      try {
        expect(opened.sqlite.pragma('integrity_check', { simple: true }), `kill ${i}`).toBe('ok')
        // A bulk batch is bulk-<pid>-<round>-<i>: each batch is either all 2,000 rows or none.
        const ids = opened.sqlite
          .prepare('SELECT id FROM sessions WHERE block_id = ?')
          .pluck()
          .all(bulk.id) as string[]
        const batches = new Map<string, number>()
        for (const id of ids) {
          const batch = id.replace(/-\d+$/, '')
          batches.set(batch, (batches.get(batch) ?? 0) + 1)
        }
        for (const [batch, n] of batches) expect(n, `kill ${i}: ${batch}`).toBe(2000)
        if (batches.size > 0) killedMidBulk++
        // Every imported plan is a whole block of 1,000 sessions, or absent.
        const imports = opened.sqlite
          .prepare(
            "SELECT b.name, count(s.id) AS n FROM blocks b LEFT JOIN sessions s ON s.block_id = b.id WHERE b.name LIKE 'import-%' GROUP BY b.id",
          )
          .all() as { name: string; n: number }[]
        for (const { name, n } of imports) expect(n, `kill ${i}: ${name}`).toBe(1000)
        importsSeen = imports.length
        const durations = opened.sqlite
          .prepare(
            "SELECT sum(duration_min) AS total, count(*) AS n FROM sessions WHERE block_id = ? AND id LIKE 'pair-%'",
          )
          .get(edit.id) as { total: number; n: number }
        expect(durations, `kill ${i}`).toEqual({ total: 100, n: 2 })
        revisions.push(
          opened.sqlite
            .prepare('SELECT revision FROM blocks WHERE id = ?')
            .pluck()
            .get(edit.id) as number,
        )
        // A save the writer was told had committed is in the file after the kill.
        expect(revisions.at(-1), `kill ${i}: acknowledged saves kept`).toBeGreaterThanOrEqual(
          acknowledged,
        )
      } finally {
        await opened.close()
      }
    }
    // The writer really was writing: editor saves landed across the runs.
    expect(revisions.at(-1)).toBeGreaterThan(revisions[0]!)
    expect(importsSeen).toBeGreaterThan(0)
    console.log(
      `crash test: ${killedMidBulk} of ${KILLS} kills left a committed bulk batch behind; ${importsSeen} whole imports; edit revision reached ${revisions.at(-1)}`,
    )
  }, 300_000)
})
