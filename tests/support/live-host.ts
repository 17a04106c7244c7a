import { spawn } from 'node:child_process'
import path from 'node:path'

export interface LiveHost {
  port: number
  token: string
  stop(): Promise<void>
}

/**
 * The real browser host running in another process on `dataFile` (a demo roster when empty), as
 * a coach leaves the app open: the database is open there, with its -wal and -shm beside it.
 * The caller stops it (afterAll), so one host can serve a whole file of tests.
 */
export function liveHost(dataFile: string): Promise<LiveHost> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve('tests/support/live-host-process.ts'), dataFile],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening (\d+) (\S+)/.exec(output)
      if (!match) return
      const host: LiveHost = {
        port: Number(match[1]),
        token: match[2]!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      }
      resolve(host)
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`the host exited with ${code}:\n${output}`)))
  })
}
