import { describe, expect, it } from 'vitest'
import { guidanceLines } from '../../../shared/handouts/guidance'
import { BlockPlanSchema } from '../../../shared/schemas/plan.schema'
import { lift, run } from '../engine/plan-builders'

/** A handout's advice must never be contradicted by the plan it comes with (engine v1.1 issue). */

type Session = ReturnType<typeof lift>

function block(weeks: Session[][], client: Record<string, unknown> = {}) {
  return BlockPlanSchema.parse({
    format: 'blockwise-block@1',
    client: { goal: 'hybrid', ...client },
    startDate: '2026-01-05',
    weeks: weeks.map((sessions) => ({ phase: 'build', deload: false, sessions })),
  })
}

const all = (plan: ReturnType<typeof block>) =>
  guidanceLines(
    plan,
    plan.weeks.map((_, i) => i),
  ).join('\n')

/** Heavy legs Mon and Fri, intervals Wed, easy runs Tue/Thu/Sat evenings: alternating, apart. */
const tidyWeek = (w: number, runMin = 40): Session[] => [
  lift(`w${w}mon`, 0, '07:00'),
  run(`w${w}tue`, 1, '18:00', { durationMin: runMin }),
  run(`w${w}wed`, 2, '07:00', { runType: 'intervals', durationMin: 40 }),
  run(`w${w}thu`, 3, '18:00', { durationMin: runMin }),
  lift(`w${w}fri`, 4, '07:00'),
  run(`w${w}sat`, 5, '09:00', { durationMin: runMin }),
]

/** Three hard days in a row, and a run 2 h after lifting. */
const messyWeek = (w: number): Session[] => [
  lift(`w${w}mon`, 0, '07:00'),
  run(`w${w}mon-run`, 0, '10:00', { runType: 'tempo' }),
  run(`w${w}tue`, 1, '07:00', { runType: 'intervals' }),
  lift(`w${w}wed`, 2, '07:00'),
  run(`w${w}sat`, 5, '09:00', { runType: 'intervals', durationMin: 40 }),
  run(`w${w}sat2`, 5, '17:00', { runType: 'tempo', durationMin: 40 }),
]

describe('handout guidance', () => {
  it('a block that keeps hard and easy days apart and lifting away from running says so', () => {
    const text = all(block([tidyWeek(0), tidyWeek(1, 42)]))
    expect(text).toContain('Hard and easy days alternate')
    expect(text).toContain('Lifting and running are on separate days')
    expect(text).toContain('Never two hard runs on one day')
    expect(text).toContain('Your running time builds gradually')
  })

  it('a block that breaks them says nothing it breaks', () => {
    const text = all(block([messyWeek(0), messyWeek(1)]))
    expect(text).not.toMatch(/alternate|in a row/)
    expect(text).not.toContain('6 hours')
    expect(text).not.toContain('separate days')
    expect(text).not.toContain('Never two hard runs on one day')
    // Lift first, then run, is what this block does, so that much holds.
    expect(text).toContain('When you lift and run on the same day, lift first and run after.')
  })

  it('running that jumps more than 10 % a week gets no "builds gradually" line', () => {
    expect(all(block([tidyWeek(0, 40), tidyWeek(1, 60)]))).not.toContain('builds gradually')
  })

  it('a lift at least 6 h before the run gets the 6-hour line; a short cool-down its own', () => {
    const apart = block([
      [lift('l', 0, '07:00'), run('r', 0, '14:00'), lift('l2', 3, '07:00'), run('r2', 3, '15:00')],
    ])
    expect(all(apart)).toContain('lift first and run at least 6 hours later')
    const coolDown = block([[lift('l', 0, '07:00'), run('cd', 0, '08:00', { durationMin: 10 })]])
    expect(all(coolDown)).toContain('The jog after lifting is a cool-down: 5–10 easy minutes')
  })

  it('keeps only the weeks handed out in view, the goal first and the safety line last', () => {
    const plan = block([messyWeek(0), tidyWeek(1)])
    const lines = guidanceLines(plan, [1])
    expect(lines[0]).toBe(
      'Strength and running both matter here: hard days hard, easy days truly easy.',
    )
    expect(lines).toContain(
      'Hard and easy days alternate: after each hard day comes an easy or rest day. Keep the easy days truly easy.',
    )
    expect(lines.at(-1)).toBe('If something hurts (not just feels hard), stop and tell your coach.')
  })

  it('nutrition advice only for a client who has it turned on', () => {
    const week = [tidyWeek(0)]
    expect(all(block(week))).not.toContain('protein')
    expect(all(block(week, { adviceEnabled: true }))).toContain('protein')
  })
})
