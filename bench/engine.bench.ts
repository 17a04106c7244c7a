// npm run bench: how fast the engine is on this machine. Prints figures; asserts nothing.
import os from 'node:os'
import { analyzePlan } from '../shared/engine/analyze'
import { proposeBalance } from '../shared/engine/balance/balance'
import { syntheticBlock, syntheticWeek, withLines } from './synthetic-plans'
import { measure, report } from './timing'

const block = syntheticBlock(1)
const sessions = block.weeks.reduce((n, w) => n + w.sessions.length, 0)
console.log(
  `Engine benchmark on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
)
console.log(`16-week block: ${sessions} sessions\n`)

report(
  'analyse one 16-week block (median)',
  measure(() => analyzePlan(block), { warmup: 50, samples: 200 }).median,
  '≤ 2 ms',
)

const lined = withLines(block)
report(
  'the same block with 3 exercise lines per lift and maxes (PRG-04, PRG-05)',
  measure(() => analyzePlan(lined), { warmup: 50, samples: 200 }).median,
  '≤ 2 ms',
)

const roster = Array.from({ length: 1000 }, (_, i) => syntheticBlock(1000 + i))
report(
  'analyse a roster of 1,000 blocks, one core (median)',
  measure(() => roster.forEach((b) => analyzePlan(b)), { warmup: 1, samples: 5 }).median,
  '≤ 1000 ms',
)

const week = syntheticWeek(7)
report(
  'balance one week (median)',
  measure(() => proposeBalance(week), { warmup: 3, samples: 15 }).median,
  '≤ 50 ms',
)
report(
  'balance one 16-week block (median)',
  measure(() => proposeBalance(block), { warmup: 1, samples: 5 }).median,
  '≤ 2000 ms',
)
