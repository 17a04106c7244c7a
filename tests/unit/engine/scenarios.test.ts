import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { PlanSchema } from '../../../shared/schemas/plan.schema'
import { allScenarios } from '../../support/scenarios'

/** The executable scenarios of docs/engine-rules.md (tests/scenarios). */
const scenarios = allScenarios()

const multiset = (items: { rule: string; severity: string }[]) =>
  items.map((i) => `${i.rule} ${i.severity}`).sort()

describe('engine scenarios', () => {
  it('finds the scenario folder', () => {
    expect(scenarios.length).toBeGreaterThan(0)
  })

  it.each(scenarios.map((s) => [`${s.id}: ${s.title}`, s] as const))('%s', (_name, scenario) => {
    const analysis = analyzePlan(PlanSchema.parse(scenario.plan))
    const explain = analysis.findings.map((f) => `${f.rule} ${f.severity}: ${f.message}`).join('\n')
    expect(multiset(analysis.findings), explain).toEqual(multiset(scenario.expect))
    for (const rule of scenario.mustNotFire) {
      expect(
        analysis.findings.map((f) => f.rule),
        `${rule} must not fire`,
      ).not.toContain(rule)
    }
    // Exactly the listed rules (§3.4's NOT_EVALUATED table), in any week of the plan.
    const notEvaluated = [...new Set(analysis.notEvaluated.map((n) => n.rule))].sort()
    expect(notEvaluated).toEqual([...scenario.notEvaluated].sort())
  })
})
