import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { fitnessOf } from '../../../shared/engine/fitness'
import { runReference } from '../../../shared/engine/rules/overreaching.rules'
import { BlockPlanSchema } from '../../../shared/schemas/plan.schema'
import type { BlockPlan, WeekPlan } from '../../../shared/schemas/plan.schema'
import { lift, run, week } from './plan-builders'

/**
 * docs/engine-rules.md v1.2: references that skip deload weeks (OVR-03 §4.5, PRG-04 §5.3), the
 * deload rules judged by load (BAL-02, OVR-08), OVR-07 for novices, OVR-04's median margin, OVR-06
 * beside OVR-05, and displays of CTL/ATL/TSB on the rules' timeline (§4.4).
 */

const severities = (plan: WeekPlan | BlockPlan, rule: string) =>
  analyzePlan(plan)
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.week} ${f.severity}`)

type WeekSpec = { deload?: boolean; sessions: ReturnType<typeof lift>[] }

function block(
  weeks: WeekSpec[],
  client: Record<string, unknown> = { goal: 'hybrid' },
  history?: Record<string, unknown>,
): BlockPlan {
  return BlockPlanSchema.parse({
    format: 'blockwise-block@1',
    client,
    startDate: '2026-01-05',
    weeks: weeks.map((w) => ({
      phase: w.deload ? 'deload' : 'build',
      deload: w.deload ?? false,
      sessions: w.sessions,
    })),
    ...(history ? { history } : {}),
  })
}

describe('OVR-03’s reference week skips flagged deloads (§4.5)', () => {
  it.each([
    [[170, 90, 60], [false, true, false], { weeksBack: 3, minutes: 170 }],
    [[170, 90, 60], [false, false, true], { weeksBack: 2, minutes: 90 }],
    [[170, 90, 60, 80], [false, true, true, false], { weeksBack: 4, minutes: 170 }],
    [[90, 90, 60], [true, true, true], null],
    [[90, 60], [false, true], { weeksBack: 2, minutes: 90 }],
    [[90, 60], [true, false], null],
    [[90, 60], [false, false, true, false], null],
  ] as const)('minutes %j, deloads %j → %j', (minutes, deloads, reference) => {
    // The last case: the flags are aligned at their ends, so week −2 is a deload, and −3 missing.
    expect(runReference([...minutes], [...deloads])).toEqual(reference)
  })

  const runs = (id: string, minutes: number): WeekSpec['sessions'] =>
    [0, 2, 4].map((d) => run(`${id}${d}`, d, '18:00', { durationMin: minutes }))
  it('a block’s second week after a deload is compared with the week before the deload', () => {
    const plan = block([
      { sessions: runs('a', 55) },
      { deload: true, sessions: runs('d', 30) },
      { sessions: runs('b', 55) },
      { sessions: runs('c', 60) },
    ])
    // Week 4 (180 min) against week 1 (165 min), not against the deload's 90.
    expect(severities(plan, 'OVR-03')).toEqual([])
    const unflagged = block([
      { sessions: runs('a', 55) },
      { sessions: runs('d', 30) },
      { sessions: runs('b', 55) },
      { sessions: runs('c', 60) },
    ])
    // Not flagged, the short week is the reference: +100 %.
    expect(severities(unflagged, 'OVR-03')).toEqual(['3 warn'])
  })
})

describe('PRG-04 never takes a deload week’s loads as the reference (§5.3)', () => {
  const squat = (id: string, loadKg: number) =>
    lift(id, 0, '07:00', { exercises: [{ name: 'Back squat', sets: 5, reps: 5, loadKg }] })
  it('the first week after a deload is compared with the week before it', () => {
    const plan = block([
      { sessions: [squat('a', 100)] },
      { deload: true, sessions: [squat('d', 80)] },
      { sessions: [squat('b', 105)] },
    ])
    expect(severities(plan, 'PRG-04')).toEqual([])
    const jump = block([
      { sessions: [squat('a', 100)] },
      { deload: true, sessions: [squat('d', 80)] },
      { sessions: [squat('b', 115)] },
    ])
    expect(severities(jump, 'PRG-04')).toEqual(['2 info'])
  })
})

describe('a properly cut deload week (§5.4 BAL-02, §5.5 OVR-08)', () => {
  const heavy = (w: string, d: number) => lift(`${w}${d}`, d, '07:00', { durationMin: 60 })
  const light = (w: string, d: number) =>
    lift(`${w}${d}`, d, '07:00', { durationMin: 35, topSetReps: 5, pct1rm: 75 })
  it('keeps its three HIGH days without BAL-02 or OVR-08 when the load is cut', () => {
    const build = (w: string) => ({ sessions: [0, 2, 4].map((d) => heavy(w, d)) })
    const plan = block([
      build('a'),
      build('b'),
      build('c'),
      { deload: true, sessions: [0, 2, 4].map((d) => light('d', d)) },
    ])
    const analysis = analyzePlan(plan)
    expect(analysis.weeks[3]!.highDays).toBe(3)
    expect(severities(plan, 'BAL-02')).toEqual([])
    expect(severities(plan, 'OVR-08')).toEqual([])
  })
  it('BAL-02 counts a deload week against the usual cap, not 1', () => {
    const plan = block([{ deload: true, sessions: [0, 2, 4, 6].map((d) => heavy('d', d)) }])
    expect(analyzePlan(plan).findings.find((f) => f.rule === 'BAL-02')?.message).toBe(
      '4 high-stress days this week (cap 3 for this client).',
    )
  })
})

describe('OVR-07 for novices (§5.5)', () => {
  const easyWeek = (w: number): WeekSpec => ({
    sessions: [0, 2, 4].map((d) => run(`w${w}r${d}`, d, '18:00', { durationMin: 60 })),
  })
  const weeks = Array.from({ length: 10 }, (_, w) => easyWeek(w))
  it('is at most info for a novice, from 8 loading weeks', () => {
    const novice = { goal: 'general_fitness', experienceRunning: 'novice' }
    expect(severities(block(weeks, novice), 'OVR-07')).toEqual(['7 info', '8 info', '9 info'])
  })
  it('is unchanged for an intermediate: info at 5, warn from 6, critical from 9', () => {
    expect(severities(block(weeks, { goal: 'general_fitness' }), 'OVR-07')).toEqual([
      '4 info',
      '5 warn',
      '6 warn',
      '7 warn',
      '8 critical',
      '9 critical',
    ])
  })
})

describe('OVR-04 needs strain above 1.10 × the median too (§5.5)', () => {
  const flat = Array.from({ length: 12 }, (_, i) => (i === 11 ? 1100 : 1000))
  const strainWeek = (rpe: number, weeklyStrain: number[]) =>
    week(
      [0, 1, 2, 3, 4].map((d) => run(`r${d}`, d, '07:00', { durationMin: 60, rpe })),
      {},
      { history: { weeklyStrain } },
    )
  it('an ordinary week after a flat history: above the 90th percentile, under the margin', () => {
    // Strain of this week: 1800 AU × monotony 1.58 = 2846.
    const history = flat.map((x) => x * 2.7)
    expect(severities(strainWeek(6, history), 'OVR-04')).toEqual([])
    expect(
      severities(
        strainWeek(
          6,
          flat.map((x) => x * 2.5),
        ),
        'OVR-04',
      ),
    ).toEqual(['0 warn'])
  })
})

describe('OVR-06’s info is suppressed beside OVR-05 at warn or above (§5.5)', () => {
  it('a sharp drop after a crushing fortnight: OVR-05 speaks, not "restore the usual load"', () => {
    const dailyLoad = [...Array<number>(28).fill(300), ...Array<number>(14).fill(1500)]
    const plan = week([run('r', 2, '07:00', { durationMin: 30 })], {}, { history: { dailyLoad } })
    const rules = analyzePlan(plan).findings.map((f) => `${f.rule} ${f.severity}`)
    expect(rules).toContain('OVR-05 critical')
    expect(rules.filter((r) => r.startsWith('OVR-06'))).toEqual([])
  })
  it('without OVR-05, the same drop gives OVR-06 info', () => {
    const dailyLoad = Array<number>(42).fill(600)
    const plan = week([run('r', 2, '07:00', { durationMin: 30 })], {}, { history: { dailyLoad } })
    const rules = analyzePlan(plan).findings.map((f) => `${f.rule} ${f.severity}`)
    expect(rules).toContain('OVR-06 info')
    expect(rules.filter((r) => r.startsWith('OVR-05'))).toEqual([])
  })
})

describe('CTL, ATL and TSB as displayed (§4.4 "Displays", v1.2)', () => {
  const steady = (w: number): WeekSpec => ({
    sessions: [
      lift(`w${w}sq`, 0, '07:00'),
      run(`w${w}r`, 2, '18:00', { durationMin: 50 }),
      run(`w${w}l`, 5, '08:00', { durationMin: 80 }),
    ],
  })
  it('with no history, start at 0 on the block’s first day, never seeded from the plan', () => {
    const fitness = fitnessOf(block([steady(0), steady(1)]))
    expect(fitness.planStart).toBe(0)
    const [monday] = fitness.days
    expect(monday!.tsb).toBe(0)
    // One day of 420 AU (heavy legs, RPE 7 × 60 min) at (1 − e^(−1/42)) of 100 TSS.
    expect(monday!.ctl).toBeCloseTo(100 * (1 - Math.exp(-1 / 42)), 1)
  })
  it('TSB on day t is CTL − ATL at the end of day t − 1', () => {
    const dailyLoad = Array.from({ length: 42 }, (_, i) => (i % 7 === 6 ? 0 : 350))
    const fitness = fitnessOf(block([steady(0), steady(1)], { goal: 'hybrid' }, { dailyLoad }))
    for (let t = 1; t < fitness.days.length; t++) {
      const before = fitness.days[t - 1]!
      expect(fitness.days[t]!.tsb).toBeCloseTo(before.ctl - before.atl, 1)
    }
  })
  it('the week’s TSB in the analysis is the number OVR-05 reports, and the chart’s lowest', () => {
    const dailyLoad = [...Array<number>(28).fill(250), ...Array<number>(14).fill(700)]
    const plan = block([steady(0)], { goal: 'hybrid' }, { dailyLoad })
    const analysis = analyzePlan(plan)
    const ovr05 = analysis.findings.find((f) => f.rule === 'OVR-05')
    expect(ovr05?.metrics?.tsbMin).toBe(Math.round(analysis.weeks[0]!.tsb! * 10) / 10)
    const fitness = fitnessOf(plan)
    const week = fitness.days.slice(fitness.planStart)
    const afterLast = week.at(-1)!.ctl - week.at(-1)!.atl
    const lowest = Math.min(...week.map((d) => d.tsb), afterLast)
    expect(lowest).toBeCloseTo(analysis.weeks[0]!.tsb!, 1)
  })
})
