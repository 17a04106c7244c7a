import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { BlockPlanSchema } from '../../../shared/schemas/plan.schema'
import type { BlockPlan } from '../../../shared/schemas/plan.schema'
import { lift, run } from './plan-builders'

type Sessions = Parameters<typeof lift>[0] extends string ? ReturnType<typeof lift>[] : never

function block(
  weeks: Sessions[],
  client: Record<string, unknown> = { goal: 'strength' },
): BlockPlan {
  return BlockPlanSchema.parse({
    format: 'blockwise-block@1',
    client,
    startDate: '2026-01-05',
    weeks: weeks.map((sessions) => ({ phase: 'build', deload: false, sessions })),
  })
}

/** A steady, clean week: legs Mon, easy run Wed, upper Fri. Ids are made unique per week. */
const steadyWeek = (w: number): Sessions => [
  lift(`w${w}_sq`, 0, '07:00'),
  run(`w${w}_run`, 2, '18:00'),
  lift(`w${w}_bp`, 4, '07:00', { region: 'upper' }),
]

describe('a block', () => {
  it('sees a pair across the week boundary and reports it in the later week', () => {
    const plan = block([
      [lift('sun_sq', 6, '22:00')],
      [run('mon_int', 0, '06:00', { runType: 'intervals', durationMin: 30 })],
    ])
    const int03 = analyzePlan(plan).findings.filter((f) => f.rule === 'INT-03')
    expect(int03).toHaveLength(1)
    expect(int03[0]).toMatchObject({
      severity: 'warn',
      week: 1,
      day: 0,
      sessions: ['sun_sq', 'mon_int'],
    })
    expect(int03[0]!.message).toContain('wk 2 Mon 06:00')
  })

  it('counts a HIGH streak from Sunday into Monday once', () => {
    const plan = block([[lift('sun_sq', 6, '07:00')], [lift('mon_dl', 0, '07:00')]])
    const bal01 = analyzePlan(plan).findings.filter((f) => f.rule === 'BAL-01')
    expect(bal01).toHaveLength(1)
    expect(bal01[0]).toMatchObject({ week: 0, day: 6, severity: 'warn' })
  })

  it('gives later weeks the planned load of the earlier ones as history', () => {
    const plan = block(Array.from({ length: 8 }, (_, w) => steadyWeek(w)))
    const analysis = analyzePlan(plan)
    const notEvaluatedWeeks = (rule: string) =>
      analysis.notEvaluated.filter((n) => n.rule === rule).map((n) => n.week)
    // 28 days of planned history from the fifth week on; 42 from the seventh; 3 weeks from the fourth.
    expect(notEvaluatedWeeks('OVR-01')).toEqual([0, 1, 2, 3])
    expect(notEvaluatedWeeks('OVR-05')).toEqual([0, 1, 2, 3, 4, 5])
    expect(notEvaluatedWeeks('OVR-07')).toEqual([0, 1, 2])
    expect(notEvaluatedWeeks('OVR-02')).toEqual([0])
    expect(analysis.weeks[4]!.acwr).not.toBeNull()
    expect(analysis.weeks[3]!.acwr).toBeNull()
  })

  it('flags a deload overdue after six loading weeks and a jump after steady weeks', () => {
    const weeks = Array.from({ length: 7 }, (_, w) => steadyWeek(w))
    weeks.push([
      ...steadyWeek(7),
      run('w7_extra1', 1, '18:00', { durationMin: 60 }),
      run('w7_extra2', 3, '18:00', { durationMin: 60 }),
    ])
    const findings = analyzePlan(block(weeks)).findings
    const ovr07 = findings.filter((f) => f.rule === 'OVR-07').map((f) => `${f.week} ${f.severity}`)
    expect(ovr07).toEqual(['4 info', '5 warn', '6 warn', '7 warn'])
    expect(findings.filter((f) => f.rule === 'OVR-02').map((f) => f.week)).toEqual([7])
  })

  it('analyses each week the same as a one-week plan where nothing crosses a boundary', () => {
    const plan = block([steadyWeek(0), [lift('x', 1, '07:00'), run('y', 1, '09:00')]])
    const week1 = analyzePlan(plan).findings.filter((f) => f.week === 1 && f.placementDependent)
    expect(week1.map((f) => f.rule).sort()).toEqual(['INT-01'])
  })
})
