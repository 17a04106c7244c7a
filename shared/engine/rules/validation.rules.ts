import { minutesOfDay } from '../../schemas/common.schema'
import { DAY_NAMES, describe } from '../describe'
import type { RuleFinding } from '../finding'
import type { PlanContext } from '../plan-context'
import type { SessionFacts } from '../session-facts'
import type { Pair } from './pairs'
import { pairFinding, sessionFinding } from './rule-kit'

const FIX =
  "Move it within the client's availability; availability itself is edited on the client, not in the plan."

function insideAvailability(f: SessionFacts, plan: PlanContext): boolean {
  const windows = plan.client.availability?.[f.s.day]
  if (!plan.client.availability) return true
  const start = minutesOfDay(f.s.start)
  // One window must hold the whole session; windows are not joined and midnight is a wall.
  return (windows ?? []).some(
    (w) => minutesOfDay(w.start) <= start && start + f.s.durationMin <= minutesOfDay(w.end),
  )
}

/** VAL-01 (§5.0): overlaps, sessions outside availability, too many sessions in a day. */
export function val01(plan: PlanContext, overlaps: readonly Pair[]): RuleFinding[] {
  const findings: RuleFinding[] = overlaps.map((p) =>
    pairFinding('VAL-01', 'critical', p, {
      message: `${describe(p.a, plan.weekCount)} overlaps ${describe(p.b, plan.weekCount)}.`,
      fix: 'Move one of them so they no longer overlap.',
    }),
  )
  for (const f of plan.facts) {
    if (insideAvailability(f, plan)) continue
    const windows = plan.client.availability?.[f.s.day] ?? []
    const text =
      windows.length === 0
        ? 'no training that day'
        : windows.map((w) => `${w.start}–${w.end}`).join(', ')
    findings.push(
      sessionFinding(
        'VAL-01',
        'critical',
        f,
        {
          message: `${describe(f, plan.weekCount)} is outside the client's availability (${text}).`,
          fix: FIX,
        },
        // Which kind of VAL-01 it is, for its few words on the sheet (rule-catalogue.ts).
        { outsideAvailability: 1 },
      ),
    )
  }
  plan.days.forEach((day, absDay) => {
    // A cool-down attached to its lift is part of that session, not another one.
    const count = day.filter((f) => f.s.attachedTo === null).length
    if (count <= plan.client.maxSessionsPerDay) return
    findings.push({
      rule: 'VAL-01',
      severity: 'critical',
      week: Math.floor(absDay / 7),
      day: absDay % 7,
      sessions: day.map((f) => f.s.id),
      message: `${DAY_NAMES[absDay % 7]} holds ${count} sessions; this client takes at most ${plan.client.maxSessionsPerDay} a day.`,
      fix: 'Move a session to a lighter day.',
      metrics: { sessionsOnDay: count, maxPerDay: plan.client.maxSessionsPerDay },
    })
  })
  return findings
}
