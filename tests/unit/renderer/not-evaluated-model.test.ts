import { describe, expect, it } from 'vitest'
import { skippedRules, weekRuns } from '../../../renderer/src/block/not-evaluated-model'

describe('rules that could not run, as the block screen lists them', () => {
  it('writes weeks as runs, counting from 1', () => {
    expect(weekRuns([4, 0, 1, 2])).toBe('1–3, 5')
    expect(weekRuns([3])).toBe('4')
    expect(weekRuns([0, 2, 4, 5])).toBe('1, 3, 5–6')
  })

  it('gives one line per rule and reason, in rule order', () => {
    expect(
      skippedRules([
        { rule: 'RDY-01', reason: 'needs readiness data', week: 0 },
        { rule: 'OVR-02', reason: 'not evaluated in a deload week', week: 3 },
        { rule: 'OVR-02', reason: 'needs at least one earlier week of load', week: 0 },
        { rule: 'RDY-01', reason: 'needs readiness data', week: 1 },
      ]),
    ).toEqual([
      { rule: 'OVR-02', reason: 'not evaluated in a deload week', weeks: 'week 4' },
      { rule: 'OVR-02', reason: 'needs at least one earlier week of load', weeks: 'week 1' },
      { rule: 'RDY-01', reason: 'needs readiness data', weeks: 'weeks 1–2' },
    ])
  })
})
