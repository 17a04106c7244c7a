import { lowerInjuryActive } from '../client-facts'
import { planDayName } from '../describe'
import type { RuleFinding } from '../finding'
import type { PlanContext } from '../plan-context'
import { isHardCardio, isRun } from './pairs'

const dayName = (plan: PlanContext, absDay: number) => planDayName(plan.weekCount, absDay)

/**
 * INT-06 (§5.1): HIIT and heavy lifting on the same day ("stacked"). One finding per stacked day
 * that meets any of (a) HIIT before the lift (not for endurance), (b) a HIGH next day, (c) a
 * stacked neighbour or ≥3 stacked days in the week, (d) a novice week or limited recovery.
 */
export function int06(plan: PlanContext): RuleFinding[] {
  const stacked = plan.days.map((day) => day.some(isHardCardio) && day.some((f) => f.heavyStr))
  const findings: RuleFinding[] = []
  stacked.forEach((isStacked, absDay) => {
    if (!isStacked) return
    const day = plan.days[absDay]!
    const week = Math.floor(absDay / 7)
    const hiit = day.filter(isHardCardio)
    const heavy = day.filter((f) => f.heavyStr)
    const firstHiit = Math.min(...hiit.map((f) => f.start))
    const firstHeavy = Math.min(...heavy.map((f) => f.start))
    const a = plan.client.goal !== 'endurance' && firstHiit < firstHeavy
    // Beyond the plan's last day nothing is known, so that day is not HIGH (§3.4).
    const b = (plan.ds[absDay + 1] ?? 0) >= 3
    const neighbour = stacked[absDay - 1] === true || stacked[absDay + 1] === true
    const weekStacked = stacked.slice(week * 7, week * 7 + 7).filter(Boolean).length
    const c = neighbour || weekStacked >= 3
    const d = plan.weekExp[week] === 'novice' || plan.limited
    if (!(a || b || c || d)) return
    const other = stacked[absDay + 1] ? absDay + 1 : stacked[absDay - 1] ? absDay - 1 : null
    findings.push({
      rule: 'INT-06',
      severity: neighbour ? 'critical' : 'warn',
      week,
      day: absDay % 7,
      sessions: [...hiit, ...heavy].sort((x, y) => x.order - y.order).map((f) => f.s.id),
      message: `HIIT and heavy lifting are stacked on ${dayName(plan, absDay)}${other !== null ? `, next to another stacked day (${dayName(plan, other)})` : ''}. Both draw on the same recovery resources, and repeated stacking fries the CNS.`,
      fix: 'Keep at most one deliberate HIGH day of this kind, lift first, and follow it with a LOW or rest day; otherwise move the HIIT to a different day.',
    })
  })
  return findings
}

/** INT-11 (§5.1): injury-prone or injured lower body, running on a heavy-leg day. */
export function int11(plan: PlanContext): RuleFinding[] {
  const active = lowerInjuryActive(plan.client)
  if (!plan.client.injuryProneLower && !active) return []
  const findings: RuleFinding[] = []
  plan.days.forEach((day, absDay) => {
    const legs = day.filter((f) => f.heavyLeg)
    const runs = day.filter((f) => isRun(f) && f.sp >= 2)
    if (legs.length === 0 || runs.length === 0) return
    findings.push({
      rule: 'INT-11',
      severity: active ? 'critical' : 'warn',
      week: Math.floor(absDay / 7),
      day: absDay % 7,
      sessions: [...legs, ...runs].sort((x, y) => x.order - y.order).map((f) => f.s.id),
      message: `This client has ${active ? 'an active lower-body injury' : 'a lower-body or running injury history'}, and ${dayName(plan, absDay)} has both heavy legs and a run. Running on leg day raises recurrence risk.`,
      fix: 'Swap the run for cycling, the elliptical or swimming, or move it to a day without heavy legs.',
    })
  })
  return findings
}
