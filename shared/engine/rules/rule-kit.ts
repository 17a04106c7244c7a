import type { RuleFinding, Severity } from '../finding'
import type { PlanContext } from '../plan-context'
import type { SessionFacts } from '../session-facts'
import type { Pair } from './pairs'

type FindingText = { message: string; fix: string }

/** A finding placed on a week (and a day, or null for the week as a whole) naming its sessions. */
function finding(
  rule: string,
  severity: Severity,
  where: { week: number; day: number | null },
  sessions: string[],
  text: FindingText,
  metrics?: Record<string, number>,
): RuleFinding {
  return {
    rule,
    severity,
    week: where.week,
    day: where.day,
    sessions,
    message: text.message,
    fix: text.fix,
    ...(metrics ? { metrics } : {}),
  }
}

/** A finding about a pair, placed on the later session's week and day, with the pair's gap. */
export function pairFinding(
  rule: string,
  severity: Severity,
  pair: Pair,
  text: FindingText,
  metrics: Record<string, number> = {},
): RuleFinding {
  const gapH = Math.round((pair.gapMin / 60) * 100) / 100
  return finding(
    rule,
    severity,
    { week: pair.b.week, day: pair.b.s.day },
    [pair.a.s.id, pair.b.s.id],
    text,
    {
      gapH,
      ...metrics,
    },
  )
}

/** A finding about one session. */
export function sessionFinding(
  rule: string,
  severity: Severity,
  f: SessionFacts,
  text: FindingText,
  metrics?: Record<string, number>,
): RuleFinding {
  return finding(rule, severity, { week: f.week, day: f.s.day }, [f.s.id], text, metrics)
}

/** A finding about a whole week. */
export function weekFinding(
  rule: string,
  severity: Severity,
  week: number,
  sessions: readonly SessionFacts[],
  text: FindingText,
  metrics?: Record<string, number>,
): RuleFinding {
  const ids = sessions.map((f) => f.s.id)
  return finding(rule, severity, { week, day: null }, ids, text, metrics)
}

export type PairRule = (pair: Pair, plan: PlanContext) => RuleFinding | null
