// npm run bench (part 2): how much the balancer helps, over a fixed set of random weeks. Figures,
// not assertions: what a coach would see if they pressed "Balance week" on each of them.
import { proposeBalance } from '../shared/engine/balance/balance'
import { WeekPlanSchema } from '../shared/schemas/plan.schema'
import type { WeekPlan } from '../shared/schemas/plan.schema'
import { seeded } from './synthetic-plans'

const WEEKS = 120
const GOALS = ['strength', 'hypertrophy', 'endurance', 'general_fitness', 'fat_loss', 'hybrid']
const LEVELS = ['novice', 'intermediate', 'advanced']
const RUN_TYPES = ['easy', 'recovery', 'long', 'tempo', 'threshold', 'intervals', 'hill_repeats']
const REGIONS = ['lower', 'upper', 'full', 'core']
const TIMES = ['06:00', '06:30', '07:00', '09:00', '12:00', '17:00', '17:30', '18:00', '19:00']

/** One random week: 5–10 lifts, runs, rides and walks, a random client, some locked sessions. */
function randomWeek(seed: number): WeekPlan {
  const random = seeded(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const used = new Set<string>()
  const sessions: Record<string, unknown>[] = []
  const count = 5 + Math.floor(random() * 6)
  while (sessions.length < count) {
    const day = Math.floor(random() * 7)
    const start = pick(TIMES)
    if (used.has(`${day} ${start}`)) continue
    used.add(`${day} ${start}`)
    const base = { id: `s${sessions.length}`, day, start, locked: random() < 0.1 }
    const kind = random()
    if (kind < 0.45) {
      sessions.push({
        ...base,
        durationMin: 45 + Math.floor(random() * 40),
        modality: 'strength',
        region: pick(REGIONS),
        topSetReps: 3 + Math.floor(random() * 10),
      })
    } else if (kind < 0.85) {
      sessions.push({
        ...base,
        durationMin: 20 + Math.floor(random() * 70),
        modality: 'run',
        runType: pick(RUN_TYPES),
        terrain: random() < 0.15 ? 'hilly' : 'flat',
      })
    } else {
      sessions.push({
        ...base,
        durationMin: 30 + Math.floor(random() * 40),
        modality: pick(['cycle', 'walk']),
      })
    }
  }
  const level = pick(LEVELS)
  return WeekPlanSchema.parse({
    format: 'blockwise-week@1',
    client: {
      goal: pick(GOALS),
      experienceStrength: level,
      experienceRunning: pick(LEVELS),
      availability: Array.from({ length: 7 }, () => [{ start: '06:00', end: '21:00' }]),
    },
    week: { phase: 'build', deload: false },
    sessions,
  })
}

let findingsBefore = 0
let findingsAfter = 0
let criticalBefore = 0
let criticalAfter = 0
let unchanged = 0
let moves = 0
const start = performance.now()
for (let seed = 1; seed <= WEEKS; seed++) {
  const proposal = proposeBalance(randomWeek(seed))
  const critical = (list: typeof proposal.before) =>
    list.filter((f) => f.severity === 'critical').length
  findingsBefore += proposal.before.length
  findingsAfter += proposal.after.length
  criticalBefore += critical(proposal.before)
  criticalAfter += critical(proposal.after)
  if (proposal.moves.length === 0) unchanged++
  moves += proposal.moves.length
}
const seconds = (performance.now() - start) / 1000

console.log(`\nBalancer quality over ${WEEKS} random weeks (every rule counted, before → after)`)
console.log(`${'findings (summed)'.padEnd(48)} ${findingsBefore} → ${findingsAfter}`)
console.log(`${'critical findings (summed)'.padEnd(48)} ${criticalBefore} → ${criticalAfter}`)
console.log(
  `${'proposals that change nothing'.padEnd(48)} ${unchanged} of ${WEEKS} (${Math.round((unchanged / WEEKS) * 100)} %)`,
)
console.log(
  `${'moves per changed week (mean)'.padEnd(48)} ${(moves / Math.max(1, WEEKS - unchanged)).toFixed(1)}`,
)
console.log(`${'time for all of them'.padEnd(48)} ${seconds.toFixed(1)} s`)
