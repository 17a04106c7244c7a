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
    const notEvaluated = new Set(analysis.notEvaluated.map((n) => n.rule))
    for (const rule of scenario.notEvaluated) {
      expect(notEvaluated.has(rule), `${rule} should be reported as not evaluated`).toBe(true)
    }
  })
})
