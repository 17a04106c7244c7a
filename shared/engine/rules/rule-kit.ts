import type { RuleFinding, Severity } from '../finding'
import type { PlanContext } from '../plan-context'
import type { SessionFacts } from '../session-facts'
import type { Pair } from './pairs'

/** A finding about a pair, placed on the later session's week and day. */
export function pairFinding(
  rule: string,
  severity: Severity,
  pair: Pair,
  text: { message: string; fix: string },
  metrics: Record<string, number> = {},
): RuleFinding {
  return {
    rule,
    severity,
    week: pair.b.week,
    day: pair.b.s.day,
    sessions: [pair.a.s.id, pair.b.s.id],
    message: text.message,
    fix: text.fix,
    metrics: { gapH: Math.round((pair.gapMin / 60) * 100) / 100, ...metrics },
  }
}

/** A finding about one session. */
export function sessionFinding(
  rule: string,
  severity: Severity,
  f: SessionFacts,
  text: { message: string; fix: string },
  metrics?: Record<string, number>,
): RuleFinding {
  return {
    rule,
    severity,
    week: f.week,
    day: f.s.day,
    sessions: [f.s.id],
    message: text.message,
    fix: text.fix,
    ...(metrics ? { metrics } : {}),
  }
}

/** A finding about a whole week. */
export function weekFinding(
  rule: string,
  severity: Severity,
  week: number,
  sessions: readonly SessionFacts[],
  text: { message: string; fix: string },
  metrics?: Record<string, number>,
): RuleFinding {
  return {
    rule,
    severity,
    week,
    day: null,
    sessions: sessions.map((f) => f.s.id),
    message: text.message,
    fix: text.fix,
    ...(metrics ? { metrics } : {}),
  }
}

export type PairRule = (pair: Pair, plan: PlanContext) => RuleFinding | null
