import { spawn } from 'node:child_process'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../../shared/contract/api-client'
import { BUSY_MESSAGE, retryWhenBusy } from '../../../shared/contract/busy-retry'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { sqliteOf, testBackend, value } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

const WRITER = path.resolve('tests/support/busy-writer.ts')
const SECONDS = 30

interface WriterReport {
  saves: number
  imports: number
  waits: number
  failures: string[]
}

function runWriter(args: string[]): Promise<WriterReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as WriterReport)
        : reject(new Error(`writer failed: ${errors}`)),
    )
  })
}

describe('two programs writing one database (M4)', () => {
  it(`two hosts saving and importing into one file for ${SECONDS} s: no save or import is lost`, async () => {
    const file = path.join(tempDir(), 'shared.db')
    const setup = await testBackend({ dataFile: file })
    const client = value<Client>(
      await setup.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
    )
    const blocks: Block[] = []
    for (const name of ['First host', 'Second host']) {
      const block = value<Block>(
        await setup.dispatch('blocks.create', {
          clientId: client.id,
          name,
          startDate: '2026-11-23',
          weeks: [{ phase: 'build' }],
          status: 'draft',
        }),
      )
      value(
        await setup.dispatch('blocks.applyPatches', {
          blockId: block.id,
          revision: block.revision,
          patches: [
            {
              op: 'insert',
              session: {
                id: `${block.id}-run`,
                weekIndex: 0,
                sortOrder: 0,
                day: 1,
                start: '07:00',
                durationMin: 30,
                modality: 'run',
              },
            },
          ],
        }),
      )
      blocks.push(block)
    }
    await setup.close()
    const reports = await Promise.all(
      blocks.map((b) => runWriter([file, b.id, client.id, String(SECONDS * 1000)])),
    )
    for (const report of reports) {
      expect(report.failures).toEqual([])
      expect(report.saves).toBeGreaterThan(50)
      expect(report.imports).toBeGreaterThan(5)
    }
    // Every import is in the file, whole.
    const after = await testBackend({ dataFile: file })
    const listed = value<{ name: string; sessionCount: number }[]>(
      await after.dispatch('blocks.listForClient', { clientId: client.id }),
    )
    const imported = listed.filter((b) => b.name.startsWith('import '))
    expect(imported).toHaveLength(reports.reduce((n, r) => n + r.imports, 0))
    expect(imported.every((b) => b.sessionCount === 100)).toBe(true)
    await after.close()
  }, 120_000)
})

describe('a save that meets a busy database', () => {
  it('is answered "busy" with the coach’s message, and the app’s retrying API gets it through once the other writer is done', async () => {
    const backend = await testBackend()
    const other = new BetterSqlite3(sqliteOf(backend).filePath)
    other.prepare('BEGIN IMMEDIATE').run() // another program holds the write lock
    const started = Date.now()
    const refused = await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000) // the busy timeout was waited out
    expect(refused).toEqual({
      ok: false,
      error: { code: 'busy', message: BUSY_MESSAGE, issues: [] },
    })
    const waiting: boolean[] = []
    const api = createApiClient(
      retryWhenBusy((name, input) => backend.dispatch(name, input), {
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        onWaiting: (w) => waiting.push(w),
      }),
    )
    const saving = api.clients.create({ name: 'Ana', goal: 'hybrid' })
    setTimeout(() => other.prepare('COMMIT').run(), 6_000)
    const saved = await saving
    expect(saved.ok).toBe(true)
    expect(waiting).toEqual([true, false])
    other.close()
    await backend.close()
  }, 60_000)
})
