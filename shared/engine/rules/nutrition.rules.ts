import { DAY_NAMES } from '../describe'
import type { RuleFinding } from '../finding'
import type { WeekContext } from '../plan-context'
import { isRun, isStrength } from './pairs'
import { weekFinding } from './rule-kit'

/** NUT-01 (§5.7, Morton 2018): logged protein below 1.6 g/kg/day. */
export function nut01(ctx: WeekContext): RuleFinding[] {
  const protein = ctx.readiness?.proteinGPerKgDay
  if (protein === undefined || protein >= 1.6) return []
  return [
    weekFinding('NUT-01', 'info', ctx.week, [], {
      message: `Protein ${protein} g/kg/day is below the 1.6–2.2 g/kg/day that supports strength gains.`,
      fix: 'Target 1.6–2.2 g/kg/day, spread over the day.',
    }),
  ]
}

/** NUT-02 (§5.7, 000-13/14): fuelling around two-a-days and HIGH days. */
export function nut02(ctx: WeekContext): RuleFinding[] {
  const facts = ctx.facts.filter((f) => f.sp >= 2)
  const closePair = facts.some((a, i) =>
    facts.slice(i + 1).some((b) => b.start - a.end >= 0 && b.start - a.end <= 480),
  )
  const highDay = ctx.plan.ds.slice(ctx.week * 7, ctx.week * 7 + 7).findIndex((d) => d >= 3)
  if (!closePair && highDay < 0) return []
  return [
    weekFinding('NUT-02', 'info', ctx.week, [], {
      message: `${closePair ? 'Two sessions fall within 8 h of each other' : `${DAY_NAMES[highDay]} is a high-stress day`}: fuel both sessions.`,
      fix: 'Carbohydrate before the session; within 2 h after the first, about 0.8 g/kg carbohydrate and 0.3 g/kg protein.',
    }),
  ]
}

/** NUT-03 (§5.7, 004-07/08): an energy deficit with high running volume and frequent lifting. */
export function nut03(ctx: WeekContext): RuleFinding[] {
  const deficit = ctx.plan.client.energyDeficit
  const km = ctx.facts.filter(isRun).reduce((sum, f) => sum + (f.s.distanceKm ?? 0), 0)
  const strengthDays = new Set(ctx.facts.filter(isStrength).map((f) => f.s.day)).size
  if (!deficit || deficit === 'none' || km < 24 || strengthDays < 4) return []
  return [
    weekFinding('NUT-03', 'warn', ctx.week, [], {
      message: `A ${deficit} energy deficit with ${km} km of running and ${strengthDays} lifting days this week: recovery and strength will suffer.`,
      fix: 'Reduce the deficit on training days, or reduce running volume while in a deficit.',
    }),
  ]
}

/** NUT-04 (§5.7, 004-14): lifting and running but no mobility work. */
export function nut04(ctx: WeekContext): RuleFinding[] {
  const both = ctx.facts.some(isStrength) && ctx.facts.some(isRun)
  if (!both || ctx.facts.some((f) => f.s.modality === 'mobility')) return []
  return [
    weekFinding('NUT-04', 'info', ctx.week, [], {
      message: 'Lifting and running this week but no mobility work.',
      fix: 'Add 10–15 min of ankle and hip mobility on two days.',
    }),
  ]
}
