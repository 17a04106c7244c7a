import type { Finding } from '../finding'
import { severityRank } from '../finding'

/** The rules whose new findings the balancer may never create (§6.4, v1.1). */
const STACKING_RULES = new Set(['INT-12', 'INT-13'])

export interface StackingGuard {
  /** True when `findings` hold an INT-12/INT-13 finding the original plan did not allow. */
  breaks(findings: readonly Finding[]): boolean
}

const key = (f: Finding) => `${f.rule}|${[...f.sessions].sort().join('|')}`

/**
 * §6.4 "no new INT-12 or INT-13 finding": a state may hold one only where the original plan (F0)
 * has a finding of the same rule on the same two sessions (either order) at the same or a higher
 * severity. The balancer may lower such a finding or fail to clear it, never create or worsen one:
 * stacking two intense cardio sessions, or lifting one region twice, on one day is never the
 * price of clearing something else.
 */
export function stackingGuard(original: readonly Finding[]): StackingGuard {
  const allowed = new Map<string, number>()
  for (const f of original) {
    if (!STACKING_RULES.has(f.rule)) continue
    allowed.set(key(f), Math.max(allowed.get(key(f)) ?? -1, severityRank(f.severity)))
  }
  return {
    breaks: (findings) =>
      findings.some(
        (f) => STACKING_RULES.has(f.rule) && severityRank(f.severity) > (allowed.get(key(f)) ?? -1),
      ),
  }
}
