import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { contentSuggestions, groupSuggestions } from '../../../shared/engine/balance/suggestions'
import { buildPlanContext } from '../../../shared/engine/plan-context'
import { BlockPlanSchema } from '../../../shared/schemas/plan.schema'
import { lift, run } from './plan-builders'

/** §6.6/§6.7 (v1.1): a deload is OVR-07's answer alone; every suggestion names its rule. */

const isDeload = (s: { text: string }) => s.text.startsWith('Insert a deload week')

/** A hard week: heavy legs Mon/Wed/Fri and intervals Tue/Thu (5 HIGH days). */
const hardWeek = (w: number) => [
  lift(`w${w}mon`, 0, '07:00'),
  run(`w${w}tue`, 1, '07:00', { runType: 'intervals' }),
  lift(`w${w}wed`, 2, '07:00'),
  run(`w${w}thu`, 3, '07:00', { runType: 'intervals' }),
  lift(`w${w}fri`, 4, '07:00'),
]

function block(deloads: boolean[], history: Record<string, unknown> = {}) {
  return BlockPlanSchema.parse({
    format: 'blockwise-block@1',
    client: { goal: 'hybrid' },
    startDate: '2026-01-05',
    history,
    weeks: deloads.map((deload, w) => ({ phase: 'build', deload, sessions: hardWeek(w) })),
  })
}

function suggestionsFor(plan: ReturnType<typeof block>) {
  const analysis = analyzePlan(plan)
  return { analysis, suggestions: contentSuggestions(buildPlanContext(plan), analysis.findings) }
}

describe('content suggestions', () => {
  it('a 4-week block whose week 4 is already a deload is not told to insert one (BAL-02 there)', () => {
    const { analysis, suggestions } = suggestionsFor(block([false, false, false, true]))
    expect(analysis.findings.some((f) => f.rule === 'BAL-02' && f.week === 3)).toBe(true)
    expect(suggestions.filter(isDeload)).toEqual([])
  })

  it('OVR-07 (deload overdue) gets the deload suggestion, naming OVR-07', () => {
    const sixWeeks = { weeklyLoad: [2000, 2100, 2200, 2300, 2400, 2500] }
    const { analysis, suggestions } = suggestionsFor(block([false, false], sixWeeks))
    expect(analysis.findings.some((f) => f.rule === 'OVR-07')).toBe(true)
    const deload = suggestions.filter(isDeload)
    expect(deload.length).toBeGreaterThan(0)
    expect(new Set(deload.map((s) => s.rule))).toEqual(new Set(['OVR-07']))
  })

  it('no other rule is answered with a deload, and each suggestion names a rule that fired', () => {
    const { analysis, suggestions } = suggestionsFor(
      block([false, false, false], { weeklyLoad: [800] }),
    )
    const rules = new Set(analysis.findings.map((f) => f.rule))
    expect(rules.has('OVR-07')).toBe(false)
    expect(rules.has('OVR-02')).toBe(true)
    expect(suggestions.filter(isDeload)).toEqual([])
    for (const s of suggestions) expect(rules.has(s.rule), s.rule).toBe(true)
  })

  it('groups one change offered for several findings, with every rule it answers', () => {
    const grouped = groupSuggestions([
      { rank: 2, rule: 'INT-03', sessions: ['a'], text: 'Swap the run.' },
      { rank: 1, rule: 'INT-12', sessions: ['b'], text: 'Convert the HIIT.' },
      { rank: 2, rule: 'INT-11', sessions: ['a', 'c'], text: 'Swap the run.' },
    ])
    expect(grouped).toEqual([
      { rank: 1, text: 'Convert the HIIT.', rules: ['INT-12'], sessions: ['b'] },
      { rank: 2, text: 'Swap the run.', rules: ['INT-03', 'INT-11'], sessions: ['a', 'c'] },
    ])
  })
})
