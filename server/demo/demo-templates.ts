import type { WeekSettings } from '../../shared/schemas/block.schema'
import type { Exercise } from '../../shared/schemas/session.schema'
import type { Progression } from '../../shared/schemas/template.schema'
import { bench, ex, lift, other, run, squat } from './session-builders'
import type { TemplateSession } from './session-builders'

/** A demo template: a proven block a coach keeps, written once and fitted to any client. */
export interface DemoTemplate {
  name: string
  description: string
  tags: string[]
  weeks: WeekSettings[]
  /** The week as written; deload weeks are scaled from it (volume −40 %, intensity −10 %). */
  week: TemplateSession[]
  progressions: Progression[]
}

const weeksOf = (phases: (WeekSettings['phase'] | 'deload')[]): WeekSettings[] =>
  phases.map((p) =>
    p === 'deload' ? { phase: 'deload', deload: true } : { phase: p, deload: false },
  )

/** A line in a rep range (8–12), which double progression climbs. */
const ranged = (name: string, sets: number, lo: number, hi: number): Exercise => ({
  name,
  sets,
  reps: lo,
  repsMax: hi,
})

/** Back squat and bench press climbing 2.5 kg a week, from week 1 to week `to`. */
const squatAndBenchClimb = (to: number): Progression => ({
  kind: 'linear',
  lifts: ['Back squat', 'Bench press'],
  weeks: { from: 1, to },
  step: 2.5,
  unit: 'load',
})

export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    name: 'Hybrid 10K + strength (8 wk)',
    description:
      'Two lifts and three runs a week for a 10 km goal: heavy legs early in the week, intervals two days later, the long run on Saturday. Squat and bench climb 2.5 kg a week; the long run 5 %.',
    tags: ['hybrid', '10k', 'strength'],
    weeks: weeksOf(['build', 'build', 'build', 'deload', 'build', 'build', 'build', 'deload']),
    week: [
      lift('mon', 0, '07:00', 60, 'lower', 5, squat(75)),
      run('tue', 1, '07:00', 40, 'easy', { zone: 2 }),
      lift('wed', 2, '18:00', 60, 'upper', 5, bench(75)),
      run('thu', 3, '07:00', 45, 'intervals', { zone: 4, priority: 'key' }),
      run('sat', 5, '08:00', 60, 'long', { zone: 2 }),
    ],
    progressions: [
      squatAndBenchClimb(7),
      { kind: 'run_volume', runTypes: ['long'], weeks: { from: 1, to: 7 }, pctPerWeek: 5 },
    ],
  },
  {
    name: 'Strength base (4 wk)',
    description:
      'Three heavy days on a 75/80/85 % wave, a deload at 65 %, and one easy run to keep the legs used to running.',
    tags: ['strength', 'base'],
    weeks: weeksOf(['accumulation', 'accumulation', 'accumulation', 'deload']),
    week: [
      lift('mon', 0, '17:00', 75, 'lower', 5, squat(75)),
      lift('tue', 1, '17:00', 70, 'upper', 5, bench(75)),
      run('wed', 2, '07:00', 30, 'easy', { zone: 2 }),
      lift('thu', 3, '17:00', 70, 'lower', 4, [
        ex('Deadlift', 4, 4, 75),
        ranged('Walking lunge', 3, 8, 12),
      ]),
      lift('sat', 5, '09:00', 60, 'upper', 8, [
        ranged('Incline dumbbell press', 4, 8, 12),
        ranged('Cable row', 4, 8, 12),
      ]),
    ],
    progressions: [
      {
        kind: 'wave',
        lifts: ['Back squat', 'Bench press', 'Deadlift'],
        weeks: { from: 1, to: 4 },
        pcts: [75, 80, 85],
        deloadPct: 65,
      },
      {
        kind: 'double',
        lifts: ['Walking lunge', 'Incline dumbbell press', 'Cable row'],
        weeks: { from: 1, to: 3 },
        step: 2.5,
      },
    ],
  },
  {
    name: 'Hyrox prep (12 wk)',
    description:
      'Strength, intervals, a stations day and a long run; three-week builds with a deload, then a peak and taper week.',
    tags: ['hyrox', 'hybrid'],
    weeks: weeksOf([
      'build',
      'build',
      'build',
      'deload',
      'build',
      'build',
      'build',
      'deload',
      'build',
      'build',
      'peak',
      'taper',
    ]),
    week: [
      lift('mon', 0, '07:00', 60, 'lower', 5, [
        ex('Back squat', 5, 5, 75),
        ex('Walking lunge', 3, 10),
      ]),
      run('tue', 1, '07:00', 40, 'easy', { zone: 2 }),
      run('wed', 2, '07:00', 45, 'intervals', { zone: 4, priority: 'key' }),
      lift('thu', 3, '18:00', 60, 'upper', 6, [ex('Bench press', 4, 6, 75), ex('Pull-up', 4, 6)]),
      lift('fri', 4, '18:00', 45, 'full', 10, [
        { name: 'Sled push', sets: 4, distanceM: 25 },
        ex('Wall ball', 4, 15),
        { name: "Farmer's carry", sets: 4, distanceM: 40 },
      ]),
      run('sat', 5, '08:00', 70, 'long', { zone: 2 }),
    ],
    progressions: [
      squatAndBenchClimb(10),
      { kind: 'run_volume', runTypes: ['long', 'easy'], weeks: { from: 1, to: 10 }, pctPerWeek: 4 },
    ],
  },
  {
    name: 'Return to running (6 wk)',
    description:
      'Walk–run sessions growing 10 % a week around two full-body lifts, with a lighter fourth week.',
    tags: ['return to run', 'beginner'],
    weeks: weeksOf(['base', 'base', 'base', 'deload', 'base', 'base']),
    week: [
      lift('mon', 0, '12:30', 45, 'full', 10, [
        ranged('Goblet squat', 3, 8, 12),
        ranged('Push-up', 3, 8, 12),
      ]),
      run('tue', 1, '07:00', 25, 'walk_run', { zone: 2 }),
      lift('thu', 3, '12:30', 45, 'full', 10, [
        ranged('Hip thrust', 3, 8, 12),
        ranged('Cable row', 3, 8, 12),
      ]),
      run('sat', 5, '09:00', 30, 'walk_run', { zone: 2 }),
      other('sun', 6, '10:00', 45, 'walk'),
    ],
    progressions: [
      { kind: 'run_volume', runTypes: ['walk_run'], weeks: { from: 1, to: 6 }, pctPerWeek: 10 },
      { kind: 'double', lifts: ['Goblet squat', 'Hip thrust'], weeks: { from: 1, to: 6 }, step: 2 },
    ],
  },
]
