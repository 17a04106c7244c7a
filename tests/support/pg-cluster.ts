import { execFileSync, spawnSync } from 'node:child_process'
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A throwaway PostgreSQL cluster for the tests and benches: initdb into a temporary folder,
 * started on a free port of 127.0.0.1 with its socket in that folder, stopped and removed after.
 * The server refuses to run as root, so as root every step runs as the `postgres` user (Debian's
 * package creates it) through runuser; as anyone else it runs as that user.
 */

/** How to get PostgreSQL when it is missing (said by the tests and benches that need it). */
export const INSTALL_HINT =
  'PostgreSQL is not installed: `sudo apt-get install -y postgresql` (Debian/Ubuntu) puts it in ' +
  '/usr/lib/postgresql/VERSION/bin, or set PG_BIN to the folder holding initdb and pg_ctl.'

/** The folder holding initdb and pg_ctl: $PG_BIN, else Debian's newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string | null {
  const fromEnv = process.env.PG_BIN
  if (fromEnv) return existsSync(path.join(fromEnv, 'initdb')) ? fromEnv : null
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? null : path.join(root, versions[0], 'bin')
}

/** The database each test's database is copied from (the tests' global setup migrates it). */
export const TEMPLATE_DATABASE = 'blockwise_template'

export interface ThrowawayCluster {
  port: number
  /** A connection URL for `database` as the superuser `postgres` (trust auth, loopback only). */
  url(database?: string): string
  stop(): void
}

/** A port nothing listens on right now (the kernel's choice). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

const isRoot = () => process.getuid?.() === 0

/** Runs a PostgreSQL tool, as `postgres` when we are root; throws with its output on failure. */
function runTool(bin: string, tool: string, args: string[]): void {
  const [command, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]]
    : [path.join(bin, tool), args]
  const run = spawnSync(command, argv, { encoding: 'utf8' })
  if (run.status !== 0) {
    throw new Error(`${tool} failed (${run.status}):\n${run.stdout}\n${run.stderr}`)
  }
}

const OWNER_FILE = 'owner.pid'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Stops and removes the clusters of runs that were killed before they could stop their own (a
 * SIGKILLed test run leaves its postgres running): each cluster's folder names the process that
 * started it, and only those whose process is gone are touched.
 */
function removeOrphanedClusters(bin: string): void {
  for (const name of readdirSync(os.tmpdir()).filter((n) => n.startsWith('blockwise-pg-'))) {
    const dir = path.join(os.tmpdir(), name)
    let owner: number
    try {
      owner = Number(readFileSync(path.join(dir, OWNER_FILE), 'utf8'))
    } catch {
      continue
    }
    if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) continue
    try {
      runTool(bin, 'pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop'])
    } catch {
      // Not running any more: only the folder is left.
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Starts a cluster. `durable: false` (the tests) turns fsync off: nothing in a test kills the
 * PostgreSQL server itself, only Blockwise processes, so commits stay as safe as a test needs
 * and creating a database per test is several times faster. The benches keep fsync on.
 */
export async function startThrowawayCluster(
  options: { durable?: boolean } = {},
): Promise<ThrowawayCluster> {
  const bin = postgresBinDir()
  if (!bin) throw new Error(INSTALL_HINT)
  removeOrphanedClusters(bin)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-pg-'))
  writeFileSync(path.join(dir, OWNER_FILE), String(process.pid))
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  const data = path.join(dir, 'data')
  const port = await freePort()
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(options.durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
  ].join(' ')
  let started = false
  const stop = () => {
    if (started) {
      started = false
      try {
        runTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // Already gone (the machine was shutting down): only the folder is left to remove.
      }
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    runTool(bin, 'initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
    ])
    runTool(bin, 'pg_ctl', [
      '-D',
      data,
      '-o',
      settings,
      '-l',
      path.join(dir, 'pg.log'),
      '-w',
      'start',
    ])
    started = true
  } catch (error) {
    stop()
    throw error
  }
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop,
  }
}
