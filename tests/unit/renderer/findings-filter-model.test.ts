import { describe, expect, it } from 'vitest'
import {
  NO_FILTER,
  filterFindings,
  ruleGroups,
} from '../../../renderer/src/block/findings-filter-model'
import type { FindingView } from '../../../shared/schemas/analysis.schema'

const finding = (
  rule: string,
  severity: FindingView['severity'],
  week: number,
  overridden = false,
): FindingView => ({
  rule,
  severity,
  week,
  day: 0,
  sessions: [],
  message: '',
  fix: '',
  placementDependent: true,
  subject: `${rule}-${week}`,
  override: overridden ? { rule, subject: `${rule}-${week}`, reason: 'ok', createdAt: '' } : null,
})

const findings = [
  finding('BAL-01', 'warn', 0),
  finding('BAL-01', 'warn', 1),
  finding('BAL-01', 'critical', 2),
  finding('INT-09', 'info', 0),
  finding('INT-03', 'critical', 1),
  finding('INT-03', 'critical', 3, true),
]

describe('the findings panel’s groups and filters', () => {
  it('groups by rule with counts, worst first, overridden ones left out', () => {
    expect(ruleGroups(findings)).toEqual([
      { rule: 'BAL-01', count: 3, worst: 'critical' },
      { rule: 'INT-03', count: 1, worst: 'critical' },
      { rule: 'INT-09', count: 1, worst: 'info' },
    ])
  })

  it('filters by severity, week and rule together', () => {
    expect(filterFindings(findings, NO_FILTER)).toHaveLength(6)
    expect(filterFindings(findings, { ...NO_FILTER, severity: 'critical' })).toHaveLength(3)
    expect(filterFindings(findings, { ...NO_FILTER, week: 1 }).map((f) => f.rule)).toEqual([
      'BAL-01',
      'INT-03',
    ])
    expect(
      filterFindings(findings, { severity: 'warn', week: 'all', rule: 'BAL-01' }),
    ).toHaveLength(2)
  })
})
