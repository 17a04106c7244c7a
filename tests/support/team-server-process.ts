import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { openBackend } from '../../server/backend'
import { initTeam } from '../../server/team/team-setup'
import { freePort } from './pg-cluster'

/**
 * A real `blockwise serve` process and the coaches who use it over HTTP, for the load bench and
 * the kill test: nothing in between is simulated.
 */

const BIN = path.resolve('bin/blockwise.mjs')
export const PASSWORD = 'correct horse battery staple'

export interface ServeProcess {
  address: string
  /** Ctrl+C, as an operator stops it. */
  stop(): Promise<void>
  /** SIGKILL: the process dies mid-whatever, as a power cut or an OOM kill would end it. */
  kill(): Promise<void>
}

/** Starts `blockwise serve --pg URL` on `port` (a free one unless given) and waits until it answers. */
export async function startServe(url: string, port?: number): Promise<ServeProcess> {
  const chosen = port ?? (await freePort())
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'serve', '--pg', url, '--port', String(chosen)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('and sign in')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code}:\n${output}`))
    })
  })
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    address: `http://127.0.0.1:${chosen}`,
    stop: async () => {
      child.kill('SIGINT')
      await ended
    },
    kill: async () => {
      child.kill('SIGKILL')
      await ended
    },
  }
}

/** What one HTTP call gave: the contract's answer (or null when the connection failed). */
export interface Answer {
  status: number
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } | null
  ms: number
}

/** A coach's page, as far as the server can tell: their session in the header, the page's Origin. */
export class CoachClient {
  constructor(
    public address: string,
    public session = '',
  ) {}

  async call(name: string, input: unknown): Promise<Answer> {
    const started = performance.now()
    try {
      const reply = await fetch(`${this.address}/api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: this.address,
          'x-blockwise-session': this.session,
        },
        body: JSON.stringify({ input }),
      })
      const body = (await reply.json()) as Answer['body']
      return { status: reply.status, body, ms: performance.now() - started }
    } catch {
      return { status: 0, body: null, ms: performance.now() - started }
    }
  }

  /** Signs in with a one-time code (choosing the password) and keeps the session. */
  async firstSignIn(email: string, code: string): Promise<void> {
    const answer = await this.call('auth.signInWithCode', { email, code, password: PASSWORD })
    if (!answer.body?.ok) throw new Error(`sign-in failed: ${JSON.stringify(answer.body)}`)
    this.session = (answer.body.value as { session: string }).session
  }
}

/**
 * A team of `count` coaches on the database at `url` (migrated, empty): a head coach and
 * count − 1 coaches, each with a one-time code.
 */
export async function makeTeam(url: string, count: number) {
  const backend = await openBackend({ postgresUrl: url, host: 'cli', seedDemoWhenEmpty: false })
  try {
    const head = await initTeam(
      backend.database.db,
      { id: 'coach-0', email: 'coach0@example.com', name: 'Coach 0' },
      new Date(),
    )
    const coaches = [{ email: 'coach0@example.com', code: head.code }]
    for (let i = 1; i < count; i++) {
      const added = await backend.dispatch('team.addCoach', {
        email: `coach${i}@example.com`,
        name: `Coach ${i}`,
      })
      if (!added.ok) throw new Error(added.error.message)
      coaches.push({ email: `coach${i}@example.com`, code: (added.value as { code: string }).code })
    }
    return coaches
  } finally {
    await backend.close()
  }
}

/** A 16-week block of the coach's own new client; its id and revision. */
export async function ownBlock(coach: CoachClient, name: string) {
  const client = await coach.call('clients.create', { name, goal: 'hybrid' })
  const block = await coach.call('blocks.create', {
    clientId: (client.body?.value as { id: string }).id,
    name: 'Load test',
    startDate: '2026-11-30',
    weeks: Array.from({ length: 16 }, () => ({ phase: 'build' })),
    status: 'active',
  })
  if (!block.body?.ok) throw new Error(`block not made: ${JSON.stringify(block.body)}`)
  return block.body.value as { id: string; revision: number }
}

/** The n-th session a coach saves: spread over the block's weeks and days, unique by id. */
export function nthSession(prefix: string, n: number) {
  const minutes = 5 * 60 + ((n * 7) % (14 * 60))
  return {
    id: `${prefix}-${n}`,
    weekIndex: n % 16,
    sortOrder: n,
    day: Math.floor(n / 16) % 7,
    start: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
    durationMin: 20,
    modality: 'mobility',
  }
}

/** What one coach's saving loop saw. */
export interface SaveLog {
  /** Ids of the sessions whose save the server acknowledged (200, ok). */
  acknowledged: string[]
  /** Each acknowledged save's time, ms. */
  latencies: number[]
  /** Answers that were not ok, by HTTP status (0: the connection failed). */
  refused: Map<number, number>
}

/**
 * A coach saving one new session after another into their block, each on the revision the last
 * save left (as the editor does), until `until()` says stop. A save that fails (the server went
 * away, or answered 5xx) is not acknowledged; the loop reads the block's revision again, waiting
 * for the server to come back, and goes on.
 */
export async function keepSaving(
  coach: CoachClient,
  block: { id: string; revision: number },
  prefix: string,
  until: () => boolean,
  log: SaveLog = { acknowledged: [], latencies: [], refused: new Map() },
): Promise<SaveLog> {
  let revision = block.revision
  let n = log.acknowledged.length + [...log.refused.values()].reduce((a, b) => a + b, 0)
  while (!until()) {
    const session = nthSession(prefix, n++)
    const answer = await coach.call('blocks.applyPatches', {
      blockId: block.id,
      revision,
      patches: [{ op: 'insert', session }],
    })
    if (answer.status === 200 && answer.body?.ok) {
      log.acknowledged.push(session.id)
      log.latencies.push(answer.ms)
      revision = (answer.body.value as { revision: number }).revision
      continue
    }
    log.refused.set(answer.status, (log.refused.get(answer.status) ?? 0) + 1)
    // Read where the block is now (the failed save may have committed before the answer was lost).
    for (;;) {
      if (until()) return log
      const now = await coach.call('blocks.get', { id: block.id })
      if (now.body?.ok) {
        revision = (now.body.value as { revision: number }).revision
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return log
}

/** The p-th percentile (0–1) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}
