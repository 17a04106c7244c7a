import { BlockPlanSchema, WeekPlanSchema } from '../shared/schemas/plan.schema'
import type { BlockPlan, WeekPlan } from '../shared/schemas/plan.schema'

/** A small seeded generator (mulberry32): the benchmark plans are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const RUN_TYPES = ['easy', 'easy', 'recovery', 'tempo', 'intervals', 'long', 'threshold'] as const
const REGIONS = ['lower', 'upper', 'full', 'upper'] as const

/**
 * When a generated session is: its day, the first of two start times with chance `p` (else the
 * second), and `shortest` minutes plus up to `spread` more. Drawn in that order, so plans repeat.
 */
function slot(
  random: () => number,
  id: string,
  day: number,
  [p, first, second]: [number, string, string],
  shortest: number,
  spread: number,
) {
  return {
    id,
    day,
    start: random() < p ? first : second,
    durationMin: shortest + Math.floor(random() * spread),
  }
}

/** One week of a hybrid plan: a lift in the morning and a run in the evening most days. */
function weekSessions(random: () => number, w: number) {
  const sessions: Record<string, unknown>[] = []
  for (let day = 0; day < 7; day++) {
    if (day === 6 || random() < 0.1) continue
    sessions.push({
      ...slot(random, `w${w}d${day}l`, day, [0.5, '07:00', '12:00'], 45, 40),
      modality: 'strength',
      region: REGIONS[Math.floor(random() * REGIONS.length)],
      topSetReps: 3 + Math.floor(random() * 9),
    })
    if (random() < 0.85) {
      sessions.push({
        ...slot(random, `w${w}d${day}r`, day, [0.7, '18:00', '14:00'], 25, 60),
        modality: 'run',
        runType: RUN_TYPES[Math.floor(random() * RUN_TYPES.length)],
        terrain: random() < 0.15 ? 'hilly' : 'flat',
      })
    }
  }
  return sessions
}

const CLIENT = {
  goal: 'hybrid',
  availability: Array.from({ length: 7 }, () => [{ start: '06:00', end: '21:00' }]),
}

export function syntheticBlock(seed: number, weeks = 16): BlockPlan {
  const random = seeded(seed)
  return BlockPlanSchema.parse({
    format: 'blockwise-block@1',
    client: CLIENT,
    startDate: '2026-01-05',
    weeks: Array.from({ length: weeks }, (_, w) => ({
      phase: 'build',
      deload: w % 4 === 3,
      sessions: weekSessions(random, w),
    })),
  })
}

export function syntheticWeek(seed: number): WeekPlan {
  return WeekPlanSchema.parse({
    format: 'blockwise-week@1',
    client: CLIENT,
    week: { phase: 'build', deload: false },
    sessions: weekSessions(seeded(seed), 0),
  })
}

/**
 * The same block with exercise lines on every lift (a %1RM line and a loaded one, as coaches write
 * them) and the client's maxes, with a training max: what PRG-05 and PRG-04 read.
 */
export function withLines(block: BlockPlan): BlockPlan {
  return BlockPlanSchema.parse({
    ...block,
    client: {
      ...block.client,
      maxes: { 'Back squat': { oneRmKg: 140, trainingMaxPct: 90 }, RDL: { oneRmKg: 150 } },
    },
    weeks: block.weeks.map((week, w) => ({
      ...week,
      sessions: week.sessions.map((s) =>
        s.modality !== 'strength'
          ? s
          : {
              ...s,
              exercises: [
                { name: 'Back squat', sets: 5, reps: s.topSetReps ?? 5, pct1rm: 70 + w },
                { name: 'Romanian deadlift', sets: 3, reps: 8, loadKg: 100 + 2.5 * w },
                { name: 'Plank', sets: 3, durationSec: 45 },
              ],
            },
      ),
    })),
  })
}
