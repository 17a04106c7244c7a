import type { z } from 'zod'
import { SeveritySchema } from '../schemas/analysis.schema'
import type { EngineFindingSchema, NotEvaluatedSchema } from '../schemas/analysis.schema'

export const SEVERITIES = SeveritySchema.options
export type Severity = z.infer<typeof SeveritySchema>

/** One problem the engine found (docs/plan-format.md "The analysis"). */
export type Finding = z.infer<typeof EngineFindingSchema>

/**
 * A finding as a rule function builds it. Whether the balancer can clear it (⟲) is a property of
 * the rule, declared once in the registry (rules/registry.ts), which adds it.
 */
export type RuleFinding = Omit<Finding, 'placementDependent'>

/** A rule that could not run for lack of data, with what it needs (never a silent skip). */
export type NotEvaluated = z.infer<typeof NotEvaluatedSchema>

const RANK: Record<Severity, number> = { info: 0, warn: 1, critical: 2 }

export function moreSevere(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b
}

/** One level down; below info a finding does not fire (§0.2). */
export function downgrade(severity: Severity | null): Severity | null {
  if (severity === 'critical') return 'warn'
  if (severity === 'warn') return 'info'
  return null
}

export function severityRank(severity: Severity): number {
  return RANK[severity]
}
