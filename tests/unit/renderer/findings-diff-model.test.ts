import { describe, expect, it } from 'vitest'
import {
  addedByRule,
  findingsDiff,
  groupTail,
  weeksWords,
} from '../../../renderer/src/block/findings-diff-model'
import type { BlockAnalysis, FindingView } from '../../../shared/schemas/analysis.schema'

const finding = (rule: string, severity: FindingView['severity'], week: number): FindingView => ({
  rule,
  severity,
  week,
  day: 0,
  sessions: [`s${week}`],
  message: `${rule} in week ${week + 1}`,
  fix: '',
  placementDependent: false,
  subject: `w${week}:d0:s${week}`,
  override: null,
})

const analysis = (findings: FindingView[]): BlockAnalysis => ({
  findings,
  notEvaluated: [],
  days: [],
  weeks: [],
})

describe('what a previewed change adds (Progress…, Insert template…)', () => {
  it('adds what is new by rule, subject and severity, and counts what goes away', () => {
    const now = analysis([finding('INT-01', 'warn', 0), finding('BAL-01', 'warn', 1)])
    const after = analysis([finding('INT-01', 'warn', 0), finding('PRG-05', 'warn', 2)])
    expect(findingsDiff(now, after)).toEqual({ added: [finding('PRG-05', 'warn', 2)], gone: 1 })
  })

  it('groups a rule that speaks in many weeks into one line, worst first', () => {
    const added = [
      finding('OVR-02', 'warn', 1),
      ...[2, 3, 4].map((w) => finding('PRG-05', 'warn', w)),
      ...[5, 6, 7].map((w) => finding('PRG-05', 'critical', w)),
    ]
    const groups = addedByRule(added)
    expect(groups.map((g) => [g.rule, g.severity, weeksWords(g.weeks), g.count])).toEqual([
      ['PRG-05', 'critical', 'weeks 6–8', 3],
      ['OVR-02', 'warn', 'week 2', 1],
      ['PRG-05', 'warn', 'weeks 3–5', 3],
    ])
    expect(groups[0]!.first.message).toBe('PRG-05 in week 6')
  })

  it('a group of loads past the rep max shows them all, not only the first one’s', () => {
    const prg05 = (week: number, pct1rm: number) => ({
      ...finding('PRG-05', 'critical', week),
      metrics: { reps: 5, repsPossible: 1, pct1rm },
    })
    const [group] = addedByRule([prg05(4, 92.1), prg05(5, 94.7), prg05(6, 97.4)])
    expect(groupTail(group!)).toBe(' (3 in all, 92.1–97.4 % of 1RM)')
    const [same] = addedByRule([prg05(4, 92.1), prg05(5, 92.1)])
    expect(groupTail(same!)).toBe(' (2 in all, each at 92.1 % of 1RM)')
    const [other] = addedByRule([finding('OVR-02', 'warn', 1), finding('OVR-02', 'warn', 2)])
    expect(groupTail(other!)).toBe(' (2 in all)')
    expect(groupTail(addedByRule([finding('OVR-02', 'warn', 1)])[0]!)).toBe('')
  })

  it.each([
    [[2], 'week 3'],
    [[2, 3, 4], 'weeks 3–5'],
    [[1, 3, 6, 7], 'weeks 2, 4 and 7–8'],
  ])('weeks %j read "%s"', (weeks, words) => expect(weeksWords(weeks)).toBe(words))
})
