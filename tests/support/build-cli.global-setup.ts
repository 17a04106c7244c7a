import { spawnSync } from 'node:child_process'
import path from 'node:path'

/**
 * Builds the command line's bundle once before the tests, so the CLI tests that start in
 * parallel do not each find it stale and build it again (each would still get a whole bundle).
 */
export default function buildCliOnce(): void {
  const run = spawnSync(process.execPath, [path.resolve('bin/blockwise.mjs'), '--help'], {
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`Building the command line failed:\n${run.stderr}`)
}
