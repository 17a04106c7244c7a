// npm run bench (part 3): how long a fresh `blockwise` process takes, beside `node -e 0` measured
// in the same run (this machine's speed drifts, so only a side-by-side ratio means anything).
// Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend } from '../server/backend'

const RUNS = 7
const BIN = path.resolve('bin/blockwise.mjs')
const folder = mkdtempSync(path.join(os.tmpdir(), 'blockwise-cli-bench-'))

/** Median wall time (ms) of RUNS fresh processes of `node args…`, after one untimed run. */
function medianProcessMs(args: string[]): number {
  const times: number[] = []
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now()
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' })
    if (run.error) throw run.error
    if (i > 0) times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!
}

const week = path.join(folder, 'week.json')
const scenario = JSON.parse(readFileSync('tests/scenarios/s02.json', 'utf8')) as { plan: unknown }
writeFileSync(week, JSON.stringify(scenario.plan))
// An empty roster: what each database command costs to start, apart from its own work.
const emptyDb = path.join(folder, 'empty.db')
await (await openBackend({ dataFile: emptyDb, host: 'test', seedDemoWhenEmpty: false })).close()

const cases: [string, string[]][] = [
  ['blockwise analyze (one week)', ['analyze', week]],
  ['blockwise roster (empty database)', ['roster', '--db', emptyDb]],
  [
    'blockwise export --all (empty database)',
    ['export', '--db', emptyDb, '--all', '--out', folder],
  ],
  ['blockwise import (a file that is not there)', ['import', '--db', emptyDb, 'none.json']],
]

spawnSync(process.execPath, [BIN, '--help']) // builds the bundle if a source is newer
const node = medianProcessMs(['-e', '0'])
console.log(`\nCommand-line start-up, median of ${RUNS} fresh processes (target ≤ 3× node -e 0)`)
console.log(`${'node -e 0'.padEnd(48)} ${node.toFixed(0).padStart(6)} ms`)
for (const [label, args] of cases) {
  const ms = medianProcessMs([BIN, ...args])
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / node).toFixed(1)}×`)
}
rmSync(folder, { recursive: true, force: true })
