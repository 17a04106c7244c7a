import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { gapWords } from '../../../shared/engine/gap-words'
import { findingWords } from '../../../shared/engine/rules/rule-catalogue'
import type { WeekPlan } from '../../../shared/schemas/plan.schema'
import { lift, run, week } from './plan-builders'

/** Messages in a coach's words: gaps, which beginner, which goal (engine-rules.md §9). */

const message = (plan: WeekPlan, rule: string) =>
  analyzePlan(plan).findings.find((f) => f.rule === rule)?.message ?? ''

describe('a gap between two sessions', () => {
  it.each([
    [0, '0 min'],
    [10, '10 min'],
    [360, '6 h'],
    [515, '8 h 35 min'],
    [2820, '47 h'],
  ])('%s min reads "%s"', (minutes, words) => expect(gapWords(minutes)).toBe(words))

  // A 60-min squat from 07:00 ends at 08:00.
  const squatThenRun = (start: string) =>
    week([lift('sq', 0, '07:00'), run('r', 0, start, { durationMin: 30 })])

  it.each([
    ['08:00', 'are back to back.'],
    ['08:10', 'are only 10 min apart.'],
    ['12:30', 'are only 4 h 30 min apart.'],
  ])('a run at %s after the squat: INT-01 says they %s', (start, words) => {
    const text = message(squatThenRun(start), 'INT-01')
    expect(text).toContain(words)
    expect(text).not.toMatch(/\s0 h|\d\.\d h/)
  })
})

describe('who the client is', () => {
  it('POP-01 calls an advanced lifter who is new to running a beginner runner', () => {
    const daniel = { goal: 'hybrid', experienceStrength: 'advanced', experienceRunning: 'novice' }
    const text = message(week([lift('sq', 0, '07:00'), run('r', 0, '10:00')], daniel), 'POP-01')
    expect(text).toMatch(/^This client is a beginner runner, and .* are 2 h apart\./)
    const both = { experienceStrength: 'novice', experienceRunning: 'novice' }
    expect(message(week([lift('sq', 0, '07:00'), run('r', 0, '10:00')], both), 'POP-01')).toContain(
      'a beginner at lifting and at running',
    )
  })

  it('INT-08 names the client’s own goal: hybrid, not endurance', () => {
    const keyRun = run('k', 0, '10:00', { runType: 'tempo', priority: 'key' })
    const hybrid = message(week([lift('sq', 0, '07:00'), keyRun], { goal: 'hybrid' }), 'INT-08')
    expect(hybrid).toContain('comes 2 h after')
    expect(hybrid).toContain('For a hybrid goal run first')
    const endurance = message(
      week([lift('sq', 0, '07:00'), keyRun], { goal: 'endurance' }),
      'INT-08',
    )
    expect(endurance).toContain('For an endurance goal run first')
  })
})

describe('a finding in a few words (the sheet’s rows)', () => {
  const words = (plan: WeekPlan, rule: string) =>
    analyzePlan(plan)
      .findings.filter((f) => f.rule === rule)
      .map((f) => findingWords(f))

  it('VAL-01 says "clash" only for an overlap, "too many sessions" for a crowded day', () => {
    const sunday = [run('a', 6, '07:00'), lift('b', 6, '12:00'), run('c', 6, '18:00')]
    expect(words(week(sunday, { maxSessionsPerDay: 2 }), 'VAL-01')).toEqual([
      'too many sessions · VAL-01',
    ])
    const overlap = [lift('b', 6, '12:00'), run('c', 6, '12:30')]
    expect(words(week(overlap), 'VAL-01')).toEqual(['clash · VAL-01'])
  })

  it('INT-12 with a long run reads "long run + quality", not "two hard cardio"', () => {
    const saturday = [
      run('l', 5, '08:00', { runType: 'long', durationMin: 85, zone: 2 }),
      run('i', 5, '18:00', { runType: 'intervals', durationMin: 55 }),
    ]
    expect(words(week(saturday, { goal: 'hybrid' }), 'INT-12')).toEqual([
      'long run + quality · INT-12',
    ])
  })
})
