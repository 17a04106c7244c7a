export const SEVERITIES = ['info', 'warn', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

/** One problem the engine found (docs/plan-format.md "The analysis"). */
export interface Finding {
  rule: string
  severity: Severity
  /** Week of the block (0 for a single week); for a pair, the week of the later session. */
  week: number
  /** Weekday 0–6 the finding is about, or null for a week-level finding. */
  day: number | null
  sessions: string[]
  message: string
  fix: string
  /** True when moving sessions (the balancer) can clear it (⟲ in docs/engine-rules.md §5). */
  placementDependent: boolean
  metrics?: Record<string, number>
}

/** A rule that could not run for lack of data, with what it needs (never a silent skip). */
export interface NotEvaluated {
  rule: string
  reason: string
  week: number
}

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

/** Hours with at most one decimal, for messages: 0.0833 → "0.1". Never used to decide. */
export function hours(gapMin: number): string {
  return (Math.round((gapMin / 60) * 10) / 10).toFixed(1)
}
