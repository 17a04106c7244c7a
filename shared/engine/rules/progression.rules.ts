import { STRENGTH_GOALS } from '../client-facts'
import { describe } from '../describe'
import type { RuleFinding } from '../finding'
import type { WeekContext } from '../plan-context'
import { isRun, isStrength, isWalk } from './pairs'
import { sessionFinding, weekFinding } from './rule-kit'

/** Cardio that counts as endurance work: not a walk, SP ≥ 2 (PRG-01, PRG-02). */
const enduranceSessions = (ctx: WeekContext) =>
  ctx.facts.filter((f) => f.cardio && !isWalk(f) && f.sp >= 2)

/** Endurance minutes of a week (PRG-02): the summed duration of its endurance sessions. */
export function enduranceMinutes(ctx: WeekContext): number {
  return enduranceSessions(ctx).reduce((sum, f) => sum + f.s.durationMin, 0)
}

/** PRG-01 (§5.3, 004-15): lifters re-introducing endurance start with two easy Zone-2 days. */
export function prg01(ctx: WeekContext): RuleFinding[] {
  const blockWeek = (ctx.plan.client.enduranceBlockWeek ?? 0) + ctx.week
  if (blockWeek !== 1 && blockWeek !== 2) return []
  const lifts = ctx.facts.filter(isStrength).length
  const cardio = enduranceSessions(ctx)
  if (lifts < 5 || !(cardio.length > 2 || cardio.some((f) => f.intensity !== 'EASY'))) return []
  return [
    weekFinding(
      'PRG-01',
      'warn',
      ctx.week,
      cardio,
      {
        message: `Lifting ${lifts} sessions this week in week ${blockWeek} of endurance work: start with 2 easy Zone-2 cardio days and check the lifts after 2 weeks.`,
        fix: 'Plan 2 × Zone 2 and postpone tempo and intervals.',
      },
      { strengthSessions: lifts, cardioSessions: cardio.length },
    ),
  ]
}

/** PRG-02 (§5.3, 004-15/18): hold endurance volume until lifts are steady for 2 weeks. */
export function prg02(ctx: WeekContext): RuleFinding[] {
  const last = ctx.history.lastWeekEnduranceMin ?? 0
  if (!STRENGTH_GOALS.has(ctx.plan.client.goal)) return []
  const planned = enduranceMinutes(ctx)
  if (planned <= 1.05 * last) return []
  const trend = ctx.history.liftTrend14dPct ?? 0
  const recent =
    ctx.history.daysSinceEnduranceIncrease !== undefined &&
    ctx.history.daysSinceEnduranceIncrease < 14
  const pct = last === 0 ? 100 : Math.round(((planned - last) / last) * 100)
  if (trend < 0) {
    return [
      weekFinding(
        'PRG-02',
        'warn',
        ctx.week,
        enduranceSessions(ctx),
        {
          message: `Endurance volume rises ${pct} % (${last} → ${planned} min) while the key lifts are down ${Math.abs(trend)} % over 2 weeks.`,
          fix: 'Hold endurance volume until the lifts are steady or rising over 2 weeks.',
        },
        { plannedMin: planned, lastWeekMin: last },
      ),
    ]
  }
  if (recent) {
    return [
      weekFinding(
        'PRG-02',
        'info',
        ctx.week,
        enduranceSessions(ctx),
        {
          message: `Endurance volume rises ${pct} % (${last} → ${planned} min) before the 2-week check on the lifts.`,
          fix: 'Hold endurance volume until the lifts have been checked over 2 weeks.',
        },
        { plannedMin: planned, lastWeekMin: last },
      ),
    ]
  }
  return []
}

/** PRG-03 (§5.3): a client who cannot run a mile yet does walk-run, not continuous runs. */
export function prg03(ctx: WeekContext): RuleFinding[] {
  if (ctx.plan.client.canRunMile !== false) return []
  return ctx.facts
    .filter((f) => isRun(f) && f.s.runType !== 'walk_run' && f.s.durationMin > 10)
    .map((f) =>
      sessionFinding('PRG-03', 'warn', f, {
        message: `${describe(f, ctx.plan.weekCount)}: this client can't yet run a mile continuously. Use walk-run intervals.`,
        fix: 'Walk-run: 1 min jog / 2 min walk; start around 10 min and build gradually.',
      }),
    )
}

/** Sessions whose exercises carry a load: what PRG-04 compares with the last loads. */
export const sessionsWithLoads = (ctx: WeekContext) =>
  ctx.facts.filter((f) => f.s.exercises?.some((e) => e.loadKg !== undefined))

/** PRG-04 (§5.3, ACSM 2009): a load jump of more than 10 % on the same exercise and reps. */
export function prg04(ctx: WeekContext): RuleFinding[] {
  const lastLoads = ctx.history.lastLoads ?? {}
  const withLoads = sessionsWithLoads(ctx)
  let worst: { pct: number; exercise: string; session: (typeof withLoads)[number] } | null = null
  for (const f of withLoads) {
    for (const e of f.s.exercises ?? []) {
      const last = lastLoads[e.name]
      if (e.loadKg === undefined || !last || last.reps !== e.reps || last.loadKg <= 0) continue
      const pct = ((e.loadKg - last.loadKg) / last.loadKg) * 100
      if (pct > 10 && (!worst || pct > worst.pct)) worst = { pct, exercise: e.name, session: f }
    }
  }
  if (!worst) return []
  return [
    weekFinding(
      'PRG-04',
      'info',
      ctx.week,
      [worst.session],
      {
        message: `Load jump of ${Math.round(worst.pct)} % on ${worst.exercise}; the usual increment is 2–10 % when the client beats the rep target by 1–2.`,
        fix: `Raise ${worst.exercise} by 2–10 % at most.`,
      },
      { jumpPct: Math.round(worst.pct * 10) / 10 },
    ),
  ]
}
