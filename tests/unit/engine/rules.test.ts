import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { monotony } from '../../../shared/engine/load-metrics'
import { loadTimeline, weekAcwr } from '../../../shared/engine/load-timeline'
import { monotonySeverity } from '../../../shared/engine/rules/balance.rules'
import {
  acwrSeverity,
  rampSeverity,
  tsbSeverity,
} from '../../../shared/engine/rules/overreaching.rules'
import type { WeekPlan } from '../../../shared/schemas/plan.schema'
import { lift, run, week } from './plan-builders'

/** The (rule severity) list a plan gets for one rule, sorted. */
function fired(plan: WeekPlan, rule: string): string[] {
  return analyzePlan(plan)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.severity)
    .sort()
}

const notEvaluated = (plan: WeekPlan, rule: string) =>
  analyzePlan(plan).notEvaluated.some((n) => n.rule === rule)

type Case = [string, WeekPlan, string[]]

function table(rule: string, cases: Case[]) {
  describe(rule, () => {
    it.each(cases)('%s', (_name, plan, expected) => {
      expect(fired(plan, rule)).toEqual(expected)
    })
  })
}

// Heavy legs 07:00–08:00 on Monday, then a session starting `start` (HH:MM, Monday unless given).
const afterLegs = (second: ReturnType<typeof run>, client: Record<string, unknown> = {}) =>
  week([lift('sq', 0, '07:00'), second], client)

describe('time boundaries', () => {
  table('INT-01', [
    ['easy run exactly 6 h after lifting: no finding', afterLegs(run('r', 0, '14:00')), []],
    ['easy run 5 h 59 min after lifting: warn', afterLegs(run('r', 0, '13:59')), ['warn']],
    [
      'after an upper-body lift: info',
      week([lift('bp', 0, '07:00', { region: 'upper' }), run('r', 0, '09:00')]),
      ['info'],
    ],
    ['endurance goal: not this rule', afterLegs(run('r', 0, '09:00'), { goal: 'endurance' }), []],
  ])

  table('INT-03', [
    [
      'intervals 5 h 59 min after heavy legs: critical',
      afterLegs(run('r', 0, '13:59', { runType: 'intervals' })),
      ['critical'],
    ],
    [
      'intervals exactly 6 h after: warn',
      afterLegs(run('r', 0, '14:00', { runType: 'intervals' })),
      ['warn'],
    ],
    [
      'intervals 7 h 59 min after: warn',
      afterLegs(run('r', 0, '15:59', { runType: 'intervals' })),
      ['warn'],
    ],
    [
      'intervals exactly 8 h after: no finding',
      afterLegs(run('r', 0, '16:00', { runType: 'intervals' })),
      [],
    ],
    [
      'a long easy run 2 h after heavy legs: critical',
      afterLegs(run('r', 0, '10:00', { runType: 'long', durationMin: 90 })),
      ['critical'],
    ],
  ])

  table('INT-02', [
    [
      'run ending 8 h before a leg lift: no finding',
      week([run('r', 0, '06:00'), lift('sq', 0, '14:40')]),
      [],
    ],
    [
      'run ending 7 h 59 min before a leg lift: warn',
      week([run('r', 0, '06:00'), lift('sq', 0, '14:39')]),
      ['warn'],
    ],
    [
      'a swim 6 h before legs (6-h window for non-run, non-cycle): no finding',
      week([{ ...run('s', 0, '06:00'), modality: 'swim' }, lift('sq', 0, '12:40')]),
      [],
    ],
  ])

  // Heavy legs 07:00–08:00, then an easy run starting right after (same session).
  const coolDown = (minutes: number, client: Record<string, unknown> = {}) =>
    week([lift('sq', 0, '07:00'), run('cd', 0, '08:00', { durationMin: minutes })], client)
  table('INT-04', [
    ['10-min cool-down (strength goal): no finding', coolDown(10), []],
    ['11-min jog: info', coolDown(11), ['info']],
    ['19-min jog: info', coolDown(19), ['info']],
    ['20-min jog: warn', coolDown(20), ['warn']],
    [
      'general fitness, 20 min after heavy legs: no finding',
      coolDown(20, { goal: 'general_fitness' }),
      [],
    ],
    [
      'general fitness, 21 min after heavy legs: info',
      coolDown(21, { goal: 'general_fitness' }),
      ['info'],
    ],
    ['endurance goal: no duration clause', coolDown(45, { goal: 'endurance' }), []],
  ])

  table('INT-05', [
    [
      'hilly run exactly 48 h after heavy legs: warn',
      afterLegs(run('h', 2, '08:00', { terrain: 'hilly' })),
      ['warn'],
    ],
    [
      'hilly run 48 h 1 min after: no finding',
      afterLegs(run('h', 2, '08:01', { terrain: 'hilly' })),
      [],
    ],
    [
      'hilly run 5 h after: critical',
      afterLegs(run('h', 0, '13:00', { terrain: 'hilly' })),
      ['critical'],
    ],
    [
      'injury-prone client, 24 h after: critical',
      afterLegs(run('h', 1, '08:00', { terrain: 'hilly' }), { injuryProneLower: true }),
      ['critical'],
    ],
  ])
})

describe('load thresholds', () => {
  it.each([
    [1.3, null],
    [1.3001, 'warn'],
    [1.5, 'warn'],
    [1.5001, 'critical'],
  ] as const)('ACWR %s → %s', (acwr, severity) => expect(acwrSeverity(acwr)).toBe(severity))

  it.each([
    [-30, null],
    [-30.01, 'warn'],
    [-40, 'warn'],
    [-40.01, 'critical'],
  ] as const)('TSB %s → %s', (tsb, severity) => expect(tsbSeverity(tsb)).toBe(severity))

  it.each([
    [6, false, null],
    [6.01, false, 'warn'],
    [4.01, true, 'warn'],
    [8, false, 'warn'],
    [8.01, false, 'critical'],
  ] as const)('CTL ramp %s (strict %s) → %s', (ramp, strict, severity) =>
    expect(rampSeverity(ramp, strict)).toBe(severity),
  )

  it.each([
    [1.5, null],
    [1.5001, 'info'],
    [2.0, 'info'],
    [2.0001, 'warn'],
    [Infinity, 'warn'],
  ] as const)('monotony %s → %s', (m, severity) => expect(monotonySeverity(m)).toBe(severity))

  it('computes monotony as mean / population SD, ∞ for identical non-zero days and 0 for an empty week', () => {
    expect(monotony([100, 0, 100, 0, 100, 0, 100])).toBeCloseTo(57.142857 / 49.487166, 6)
    expect(monotony([50, 50, 50, 50, 50, 50, 50])).toBe(Infinity)
    expect(monotony([0, 0, 0, 0, 0, 0, 0])).toBe(0)
  })

  it('fires OVR-01 critical for a week far above a steady history and stays silent for the same load', () => {
    const steady = Array.from({ length: 28 }, (_, i) => (i % 7 === 6 ? 0 : 300))
    // 6 × 100 min at RPE 8 = 800 AU a day against a history of about 260 AU a day.
    const sessions = [0, 1, 2, 3, 4, 5].map((d) =>
      run(`r${d}`, d, '07:00', { durationMin: 100, rpe: 8 }),
    )
    expect(fired(week(sessions, {}, { history: { dailyLoad: steady } }), 'OVR-01')).toEqual([
      'critical',
    ])
    const same = [0, 1, 2, 3, 4, 5].map((d) =>
      run(`r${d}`, d, '07:00', { durationMin: 100, rpe: 3 }),
    )
    expect(fired(week(same, {}, { history: { dailyLoad: steady } }), 'OVR-01')).toEqual([])
  })
})

describe('rules no scenario exercises', () => {
  const squat = (load: number, reps = 5) =>
    lift('sq', 0, '07:00', { exercises: [{ name: 'Back squat', sets: 5, reps, loadKg: load }] })
  const last = { history: { lastLoads: { 'Back squat': { reps: 5, loadKg: 100 } } } }
  table('PRG-04', [
    ['+11 % on the same reps: info', week([squat(111)], {}, last), ['info']],
    ['+10 %: no finding', week([squat(110)], {}, last), []],
    ['+20 % but a different rep target: no finding', week([squat(120, 3)], {}, last), []],
  ])
  it('PRG-04 is not evaluated without last loads', () =>
    expect(notEvaluated(week([squat(120)]), 'PRG-04')).toBe(true))

  const strainWeek = (rpe: number) =>
    week(
      [0, 1, 2, 3, 4].map((d) => run(`r${d}`, d, '07:00', { durationMin: 60, rpe })),
      {},
      {
        history: {
          weeklyStrain: [900, 950, 1000, 1050, 1100, 1000, 950, 900, 1000, 1050, 1100, 1000],
        },
      },
    )
  table('OVR-04', [
    ['strain above the 90th percentile of 12 weeks: warn', strainWeek(6), ['warn']],
    ['strain under it: no finding', strainWeek(2), []],
  ])
  it('OVR-04 needs 12 weeks of strain', () => {
    expect(
      notEvaluated(
        week([run('r', 0, '07:00')], {}, { history: { weeklyStrain: [1, 2, 3] } }),
        'OVR-04',
      ),
    ).toBe(true)
  })

  const deloadWeek = (minutes: number, flagged = true) =>
    week(
      [0, 2, 4].map((d) => run(`r${d}`, d, '07:00', { durationMin: minutes, rpe: 3 })),
      {},
      {
        week: { phase: 'deload', deload: flagged },
        history: { weeklyLoad: [1000, 1000, 1000] },
      },
    )
  table('OVR-08', [
    ['a deload keeping 90 % of the load: info', deloadWeek(100), ['info']],
    ['a deload at 45 %: no finding', deloadWeek(50), []],
    ['the same load in a week not flagged deload: silent', deloadWeek(100, false), []],
    [
      'a deload with two HIGH days and the load cut: no finding (v1.2: by load only)',
      week(
        [lift('a', 0, '07:00'), lift('b', 3, '07:00')],
        {},
        { week: { phase: 'deload', deload: true }, history: { weeklyLoad: [2000, 2000, 2000] } },
      ),
      [],
    ],
    [
      'fewer than 3 weeks of load before it: no finding',
      week(
        [0, 2, 4].map((d) => run(`r${d}`, d, '07:00', { durationMin: 100, rpe: 3 })),
        {},
        { week: { phase: 'deload', deload: true }, history: { weeklyLoad: [1000, 1000] } },
      ),
      [],
    ],
  ])

  const rated = (actual: [number, number]) =>
    week([
      run('a', 0, '07:00', { status: 'completed', rpe: 3, rpeActual: actual[0] }),
      run('b', 2, '07:00', { status: 'completed', rpe: 3, rpeActual: actual[1] }),
    ])
  table('RDY-06', [
    ['two easy runs in a row 2+ harder than planned: info', rated([5, 6]), ['info']],
    ['only one drifted: no finding', rated([5, 4]), []],
  ])
  it('RDY-06 needs two rated completed sessions', () =>
    expect(notEvaluated(week([run('a', 0, '07:00')]), 'RDY-06')).toBe(true))

  const ill = (day: number) =>
    week([lift('sq', day, '07:00')], {}, { readiness: { illness: true } })
  table('RDY-07', [
    ['illness with a HIGH Wednesday: critical', ill(2), ['critical']],
    ['illness with the first HIGH day on Thursday: no finding', ill(3), []],
  ])
  it('RDY-07 is not evaluated without readiness', () =>
    expect(notEvaluated(week([lift('sq', 0, '07:00')]), 'RDY-07')).toBe(true))

  const advice = { adviceEnabled: true, bodyMassKg: 70 }
  table('NUT-01', [
    [
      'protein 1.4 g/kg: info',
      week([run('r', 0, '07:00')], advice, { readiness: { proteinGPerKgDay: 1.4 } }),
      ['info'],
    ],
    [
      'protein 1.6 g/kg: no finding',
      week([run('r', 0, '07:00')], advice, { readiness: { proteinGPerKgDay: 1.6 } }),
      [],
    ],
  ])
  table('NUT-02', [
    [
      'lift and run 3 h apart: info',
      week([lift('sq', 0, '07:00'), run('r', 0, '11:00', { runType: 'tempo' })], advice),
      ['info'],
    ],
    [
      'one easy session a day: no finding',
      week([run('r', 0, '07:00'), run('s', 2, '07:00')], advice),
      [],
    ],
  ])
  const km = (total: number) =>
    week(
      [
        ...[0, 1, 3, 4].map((d) => lift(`l${d}`, d, '07:00', { region: 'upper', topSetReps: 8 })),
        run('r1', 2, '07:00', { distanceKm: total / 2 }),
        run('r2', 5, '07:00', { distanceKm: total / 2 }),
      ],
      { ...advice, energyDeficit: 'moderate' },
    )
  table('NUT-03', [
    ['24 km and 4 lifting days in a deficit: warn', km(24), ['warn']],
    ['23 km: no finding', km(23), []],
  ])
  table('NUT-04', [
    [
      'lifting and running without mobility: info',
      week([lift('sq', 0, '07:00'), run('r', 2, '07:00')], advice),
      ['info'],
    ],
    [
      'with a mobility session: no finding',
      week(
        [
          lift('sq', 0, '07:00'),
          run('r', 2, '07:00'),
          { id: 'm', day: 4, start: '07:00', durationMin: 20, modality: 'mobility' },
        ],
        advice,
      ),
      [],
    ],
  ])
  it('NUT rules are not evaluated unless advice is enabled', () => {
    const plan = week([lift('sq', 0, '07:00')])
    for (const rule of ['NUT-01', 'NUT-02', 'NUT-03', 'NUT-04'])
      expect(notEvaluated(plan, rule)).toBe(true)
  })
})

describe('ACWR methods (§4.3)', () => {
  // 28 days at 100 AU, then a plan week at 200 AU a day.
  const history = Array.from({ length: 28 }, () => 100)
  const plan = Array.from({ length: 7 }, () => 200)

  it('rolling coupled: last 7 days over the 28-day weekly mean (Hulin 2016)', () => {
    const t = loadTimeline(history, plan, 'rolling-coupled')
    // Day 1 of the plan: acute 6×100 + 200 = 800; chronic (27×100 + 200) / 4 = 725.
    expect(weekAcwr(t, 0)[0]).toBeCloseTo(800 / 725, 10)
    expect(weekAcwr(t, 0)[6]).toBeCloseTo(1400 / ((21 * 100 + 7 * 200) / 4), 10)
  })

  it('rolling uncoupled: chronic from days t−27 … t−7 only (Windt & Gabbett 2018)', () => {
    const t = loadTimeline(history, plan, 'rolling-uncoupled')
    expect(weekAcwr(t, 0)[6]).toBeCloseTo(1400 / ((21 * 100) / 3), 10)
  })

  it('EWMA stays the default and reacts less to a one-week step than the coupled ratio', () => {
    const ewma = weekAcwr(loadTimeline(history, plan), 0).at(-1)!
    const coupled = weekAcwr(loadTimeline(history, plan, 'rolling-coupled'), 0).at(-1)!
    // λ 0.25 and 2/29: acute 200 − 100·0.75⁷, chronic 200 − 100·(27/29)⁷.
    expect(ewma).toBeCloseTo((200 - 100 * 0.75 ** 7) / (200 - 100 * (27 / 29) ** 7), 10)
    expect(ewma).toBeLessThan(coupled)
  })

  it('can be chosen for an analysis', () => {
    const sessions = [0, 1, 2, 3, 4, 5, 6].map((d) =>
      run(`r${d}`, d, '07:00', { durationMin: 50, rpe: 4 }),
    )
    const plan = week(sessions, {}, { history: { dailyLoad: history } })
    expect(analyzePlan(plan, { acwr: 'rolling-uncoupled' }).weeks[0]!.acwr).toBe(2)
  })
})
