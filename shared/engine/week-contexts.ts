import type { History } from '../schemas/plan.schema'
import { strain } from './load-metrics'
import type { PlanContext, WeekContext } from './plan-context'
import { enduranceMinutes } from './rules/progression.rules'

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/** Given history followed by what the block itself planned before week `w`. */
function extend<T>(given: readonly T[] | undefined, planned: readonly T[]): T[] | undefined {
  const all = [...(given ?? []), ...planned]
  return all.length === 0 ? undefined : all
}

/**
 * One context per week. A block is analysed week by week: each week sees the given history plus
 * the planned load of the weeks before it (docs/plan-format.md, "A block"), so a long block gets the
 * load rules from its fifth week on even with no recorded history. Measurements that only the
 * given history can hold (lift trend, readiness) belong to the first week only.
 */
export function weekContexts(plan: PlanContext): WeekContext[] {
  const given = plan.history
  const base: WeekContext[] = plan.weeks.map((week, w) => ({
    plan,
    week: w,
    phase: week.phase,
    deload: week.deload,
    facts: plan.weekFacts[w]!,
    dailyLoads: plan.dailyLoads.slice(w * 7, w * 7 + 7),
    expOverall: plan.weekExp[w]!,
    history: {},
    readiness: w === 0 ? plan.readiness : undefined,
  }))
  // Each week's own figures once; week w's history is then the given history plus a prefix.
  const endurance = base.map(enduranceMinutes)
  const loads = base.map((b) => sum(b.dailyLoads))
  const strains = base.map((b) => strain(b.dailyLoads))
  const deloads = base.map((b) => b.deload)
  const runMinutes = base.map((b) =>
    b.facts.reduce((t, f) => (f.s.modality === 'run' ? t + f.s.durationMin : t), 0),
  )
  const givenWeeks = given.weeklyLoad?.length ?? 0
  const givenDeloads = Array.from(
    { length: givenWeeks },
    (_, i) => given.weeklyDeload?.[i] === true,
  )
  base.forEach((ctx, w) => {
    const history: History = {
      dailyLoad: extend(given.dailyLoad, plan.dailyLoads.slice(0, w * 7)),
      weeklyLoad: extend(given.weeklyLoad, loads.slice(0, w)),
      weeklyDeload: extend(givenDeloads, deloads.slice(0, w)),
      runMinutesByWeek: extend(given.runMinutesByWeek, runMinutes.slice(0, w)),
      weeklyStrain: extend(given.weeklyStrain, strains.slice(0, w)),
      lastWeekEnduranceMin: w === 0 ? given.lastWeekEnduranceMin : endurance[w - 1],
      daysSinceEnduranceIncrease: daysSinceIncrease(endurance, w, given),
      liftTrend14dPct: w === 0 ? given.liftTrend14dPct : undefined,
      medianRunMin: given.medianRunMin,
      lastLoads: lastLoadsBefore(base.slice(0, w), given.lastLoads),
    }
    for (const key of Object.keys(history) as (keyof History)[]) {
      if (history[key] === undefined) delete history[key]
    }
    ctx.history = history
  })
  return base
}

/** Days since endurance minutes last rose by more than 5 % (PRG-02), counting planned weeks. */
function daysSinceIncrease(endurance: number[], w: number, given: History): number | undefined {
  if (w === 0) return given.daysSinceEnduranceIncrease
  for (let k = w - 1; k >= 0; k--) {
    const previous = k === 0 ? given.lastWeekEnduranceMin : endurance[k - 1]
    if (previous !== undefined && (endurance[k] ?? 0) > 1.05 * previous) return 7 * (w - k)
  }
  return given.daysSinceEnduranceIncrease === undefined
    ? undefined
    : given.daysSinceEnduranceIncrease + 7 * w
}

/** The latest load per exercise: given last loads, then the block's own earlier weeks (PRG-04). */
function lastLoadsBefore(before: WeekContext[], given: History['lastLoads']): History['lastLoads'] {
  if (before.length === 0) return given
  const loads = { ...(given ?? {}) }
  for (const ctx of before) {
    for (const f of ctx.facts) {
      for (const e of f.s.exercises ?? []) {
        if (e.loadKg !== undefined && e.reps !== undefined)
          loads[e.name] = { reps: e.reps, loadKg: e.loadKg }
      }
    }
  }
  return Object.keys(loads).length === 0 ? undefined : loads
}
