import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { RULES } from '../../../shared/engine/rules/registry'
import { findingWords } from '../../../shared/engine/rules/rule-catalogue'
import { allScenarios } from '../../support/scenarios'
import { PlanSchema } from '../../../shared/schemas/plan.schema'

const SPEC = readFileSync(
  path.resolve(import.meta.dirname, '../../../docs/engine-rules.md'),
  'utf8',
)

/** Every rule heading of §5 with its ⟲ mark: "**INT-12 Two intense … day** ⟲", or a NUT bullet. */
function specRules(): Map<string, boolean> {
  const rules = new Map<string, boolean>()
  for (const [, id, rest] of SPEC.matchAll(/^\*\*([A-Z]{3}-\d{2}) [^*]*\*\*(.*)$/gm)) {
    rules.set(id!, rest!.includes('⟲'))
  }
  for (const [, id] of SPEC.matchAll(/^\* \*\*(NUT-\d{2})\*\*/gm)) rules.set(id!, false)
  return rules
}

describe('the rule registry', () => {
  it('declares each of the 49 rules of docs/engine-rules.md §5 once, with its ⟲ mark', () => {
    const spec = specRules()
    expect(spec.size).toBe(49)
    expect(RULES.map((r) => r.id)).toEqual([...spec.keys()])
    for (const rule of RULES) {
      expect(rule.placementDependent, `${rule.id} ⟲`).toBe(spec.get(rule.id))
    }
  })

  it('RDY-01 is not a balancer rule (the spec does not mark it ⟲)', () => {
    expect(RULES.find((r) => r.id === 'RDY-01')?.placementDependent).toBe(false)
  })

  it('every finding of every scenario carries its rule’s flag from the registry', () => {
    const flag = new Map(RULES.map((r) => [r.id, r.placementDependent]))
    const findings = allScenarios().flatMap((s) => analyzePlan(PlanSchema.parse(s.plan)).findings)
    expect(findings.length).toBeGreaterThan(20)
    for (const f of findings) expect(f.placementDependent, f.rule).toBe(flag.get(f.rule))
  })

  it('lists a rule under notEvaluated with the reason the registry gives, per week', () => {
    const plan = PlanSchema.parse(allScenarios()[0]!.plan)
    const reasons = new Map(analyzePlan(plan).notEvaluated.map((n) => [n.rule, n.reason]))
    expect(reasons.get('OVR-01')).toBe('needs 28 days of load history')
    expect(reasons.get('NUT-01')).toBe('nutrition advice is turned off for this client')
  })
})

describe('README', () => {
  it('lists every rule of the registry with its name', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8')
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    for (const rule of RULES) {
      expect(readme, rule.id).toMatch(
        new RegExp(`\\|\\s*${rule.id}\\s*\\|\\s*${escape(rule.title)}\\s*\\|`),
      )
    }
  })
})

describe('findings in a few words (the sheet’s rows)', () => {
  it.each([
    [{ rule: 'INT-01', metrics: { gapH: 4 } }, '4 h gap · INT-01'],
    [{ rule: 'INT-01', metrics: { gapH: 8.58 } }, '8 h 35 min gap · INT-01'],
    [{ rule: 'INT-01', metrics: { gapH: 0.17 } }, '10 min gap · INT-01'],
    [{ rule: 'INT-01', metrics: { gapH: 0 } }, 'back-to-back · INT-01'],
    [{ rule: 'BAL-01' }, 'hard days in a row · BAL-01'],
    [{ rule: 'INT-12', metrics: { gapH: 2.5 } }, 'two hard cardio · INT-12'],
    [{ rule: 'INT-12', metrics: { gapH: 10, longRun: 1 } }, 'long run + quality · INT-12'],
    [{ rule: 'VAL-01', metrics: { gapH: -0.5 } }, 'clash · VAL-01'],
    [{ rule: 'VAL-01', metrics: { sessionsOnDay: 3, maxPerDay: 2 } }, 'too many sessions · VAL-01'],
    [{ rule: 'VAL-01', metrics: { outsideAvailability: 1 } }, 'outside availability · VAL-01'],
    [{ rule: 'PRG-05', metrics: { reps: 5, repsPossible: 3.3 } }, 'past rep max · PRG-05'],
    [{ rule: 'XYZ-99' }, 'XYZ-99'],
  ])('%j → %s', (finding, words) => expect(findingWords(finding)).toBe(words))
})
