import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import type { WeekPlan } from '../../../shared/schemas/plan.schema'
import { lift, run, week } from './plan-builders'

/** INT-12 and INT-13 (docs/engine-rules.md §5.1, v1.1; INT-12's long run v1.2) as scenario tables. */

/** The severities one rule gives a plan, sorted. */
function fired(plan: WeekPlan, rule: string): string[] {
  return analyzePlan(plan)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.severity)
    .sort()
}

type Case = [string, WeekPlan, string[]]

function table(rule: string, cases: Case[]) {
  describe(rule, () => {
    it.each(cases)('%s', (_name, plan, expected) => {
      expect(fired(plan, rule)).toEqual(expected)
    })
  })
}

const hybrid = { goal: 'hybrid' }
const intervals = (id: string, day: number, start: string, extra = {}) =>
  run(id, day, start, { runType: 'intervals', durationMin: 45, ...extra })
const tempo = (id: string, day: number, start: string, extra = {}) =>
  run(id, day, start, { runType: 'tempo', durationMin: 40, ...extra })

table('INT-12', [
  [
    'tempo 06:30 and intervals 09:00 on one day: warn',
    week([tempo('t', 3, '06:30'), intervals('i', 3, '09:00')], hybrid),
    ['warn'],
  ],
  [
    'the same two 10 h apart: still warn (any gap)',
    week([tempo('t', 3, '06:30'), intervals('i', 3, '17:10')], hybrid),
    ['warn'],
  ],
  [
    'two tempo runs (MODERATE only): no finding',
    week([tempo('a', 3, '06:30'), tempo('b', 3, '17:00')], hybrid),
    [],
  ],
  [
    'intervals Thursday evening, tempo Friday morning: not the same day',
    week([intervals('i', 3, '19:00'), tempo('t', 4, '06:00')], hybrid),
    [],
  ],
  [
    'intervals and an easy recovery jog: no finding',
    week([intervals('i', 1, '07:00'), run('j', 1, '18:00', { runType: 'recovery' })], hybrid),
    [],
  ],
  [
    'intervals and a walk at RPE 8: a walk never counts',
    week([intervals('i', 1, '07:00'), { ...run('w', 1, '18:00', { rpe: 8 }), modality: 'walk' }]),
    [],
  ],
  [
    'intervals and a zone-4 bike: low-impact cardio counts',
    week([intervals('i', 1, '07:00'), { ...run('b', 1, '17:00', { zone: 4 }), modality: 'cycle' }]),
    ['warn'],
  ],
  [
    'novice runner, 3 h apart: critical',
    week([tempo('t', 1, '06:30'), intervals('i', 1, '10:00')], {
      ...hybrid,
      experienceRunning: 'novice',
    }),
    ['critical'],
  ],
  [
    'novice runner, 6 h apart exactly: warn',
    week([tempo('t', 1, '06:00'), intervals('i', 1, '12:40')], {
      ...hybrid,
      experienceRunning: 'novice',
    }),
    ['warn'],
  ],
  [
    'limited recovery (sleep 6.5 h), 3 h apart: critical',
    week([tempo('t', 1, '06:30'), intervals('i', 1, '10:00')], { ...hybrid, sleepAvg7dH: 6.5 }),
    ['critical'],
  ],
  [
    'advanced endurance runner, 8 h apart: info',
    week([intervals('i', 4, '06:30'), tempo('t', 4, '15:30')], {
      goal: 'endurance',
      experienceRunning: 'advanced',
    }),
    ['info'],
  ],
  [
    'three intense runs on one day: three pairs',
    week([intervals('a', 2, '06:00'), tempo('b', 2, '12:00'), intervals('c', 2, '19:00')], hybrid),
    ['warn', 'warn', 'warn'],
  ],
])

const longRun = (id: string, day: number, start: string, extra = {}) =>
  run(id, day, start, { runType: 'long', durationMin: 90, zone: 2, ...extra })

// v1.2: a LONG_RUN is intense, and counts as the "at least one".
table('INT-12', [
  [
    'a 90-min long run at 08:00 and intervals at 18:00: warn',
    week([longRun('l', 5, '08:00'), intervals('i', 5, '18:00')], hybrid),
    ['warn'],
  ],
  [
    'a long run and a tempo: the long run is the "at least one": warn',
    week([longRun('l', 5, '08:00'), tempo('t', 5, '18:00')], hybrid),
    ['warn'],
  ],
  [
    'a long run and an easy 30-min jog: no finding',
    week([longRun('l', 6, '08:00'), run('j', 6, '17:00', { durationMin: 30 })], hybrid),
    [],
  ],
  [
    'a 60-min easy run is LONG_RUN without a run median (the bound is inclusive): warn',
    week([run('e', 5, '07:00', { durationMin: 60 }), intervals('i', 5, '18:00')], hybrid),
    ['warn'],
  ],
  [
    'a 59-min easy run is not: no finding',
    week([run('e', 5, '07:00', { durationMin: 59 }), intervals('i', 5, '18:00')], hybrid),
    [],
  ],
  [
    'a 2-h easy bike and intervals: a long ride is not a LONG_RUN',
    week(
      [
        { ...run('b', 5, '07:00', { durationMin: 120 }), modality: 'cycle' },
        intervals('i', 5, '18:00'),
      ],
      hybrid,
    ),
    [],
  ],
  [
    'a long run on Saturday, intervals on Sunday morning: not the same day',
    week([longRun('l', 5, '16:00'), intervals('i', 6, '07:00')], hybrid),
    [],
  ],
])

table('INT-13', [
  [
    'heavy legs 07:00 and a full-body lift 17:30: warn',
    week([lift('sq', 0, '07:00'), lift('fb', 0, '17:30', { region: 'full', topSetReps: 10 })]),
    ['warn'],
  ],
  [
    'upper AM and lower PM: no common region',
    week([
      lift('up', 2, '07:00', { region: 'upper', topSetReps: 8 }),
      lift('lo', 2, '17:00', { topSetReps: 8 }),
    ]),
    [],
  ],
  [
    'two moderate lower sessions: info',
    week([lift('a', 4, '07:00', { topSetReps: 10 }), lift('b', 4, '18:00', { topSetReps: 10 })]),
    ['info'],
  ],
  [
    'two heavy upper sessions: warn, one level down for no lower region: info',
    week([lift('a', 1, '07:00', { region: 'upper' }), lift('b', 1, '18:00', { region: 'upper' })]),
    ['info'],
  ],
  [
    'two moderate upper sessions: info, one level down: no finding',
    week([
      lift('a', 1, '07:00', { region: 'upper', topSetReps: 10 }),
      lift('b', 1, '18:00', { region: 'upper', topSetReps: 10 }),
    ]),
    [],
  ],
  [
    'a rehab lift never counts',
    week([lift('sq', 0, '07:00'), lift('rh', 0, '17:00', { tag: 'rehab' })]),
    [],
  ],
  [
    'a light technique lift (SP 1) never counts',
    week([lift('sq', 0, '07:00'), lift('t', 0, '17:00', { topSetReps: 15 })]),
    [],
  ],
  [
    'legs on consecutive days: not the same day',
    week([lift('a', 0, '18:00'), lift('b', 1, '07:00')]),
    [],
  ],
])

describe('INT-12 words', () => {
  const int12 = (plan: WeekPlan) => analyzePlan(plan).findings.find((f) => f.rule === 'INT-12')!

  it('a Zone-2 long run and intervals: a long run and intervals on one day, the intervals move', () => {
    const f = int12(
      week(
        [
          longRun('l', 5, '08:00', { durationMin: 85 }),
          intervals('i', 5, '18:00', { durationMin: 55 }),
        ],
        hybrid,
      ),
    )
    expect(f.message).toContain('put a long run and intervals on Saturday')
    expect(f.message).not.toContain('both intense')
    expect(f.fix).toContain(
      "Keep the long run's day free of quality work: move Sat 18:00 55-min intervals run",
    )
    expect(f.fix).not.toMatch(/easy \(Zone 2|make one of them easy/)
  })

  it('a long run and a tempo name the tempo; two hard runs keep the general words', () => {
    expect(
      int12(week([longRun('l', 5, '08:00'), tempo('t', 5, '18:00')], hybrid)).message,
    ).toContain('a long run and a tempo run on Saturday')
    const two = int12(week([tempo('t', 3, '06:30'), intervals('i', 3, '09:00')], hybrid))
    expect(two.message).toContain('are both intense cardio on Thursday')
    expect(two.fix).toContain('make one of them easy (Zone 2, conversational)')
  })
})
