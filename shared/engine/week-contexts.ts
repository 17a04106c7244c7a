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

/** Each week's own figures, which the histories of the weeks after it are built from. */
interface WeekSeries {
  endurance: number[]
  loads: number[]
  strains: number[]
  deloads: boolean[]
  runMinutes: number[]
}

/**
 * One week of the plan as the week rules see it. Its history is built the first time a rule reads
 * it: the balancer's rules never do, and the balancer builds week views for thousands of
 * arrangements.
 */
class PlannedWeek implements WeekContext {
  readonly phase: string
  readonly deload: boolean
  readonly facts: WeekContext['facts']
  readonly dailyLoads: number[]
  readonly expOverall: WeekContext['expOverall']
  readonly readiness: WeekContext['readiness']
  private built: History | null = null

  constructor(
    readonly plan: PlanContext,
    readonly week: number,
    /** Every week of the plan, this one included, sharing one lazily built series. */
    private readonly block: { weeks: PlannedWeek[]; series: WeekSeries | null },
  ) {
    const input = plan.weeks[week]!
    this.phase = input.phase
    this.deload = input.deload
    this.facts = plan.weekFacts[week]!
    this.dailyLoads = plan.dailyLoads.slice(week * 7, week * 7 + 7)
    this.expOverall = plan.weekExp[week]!
    this.readiness = input.readiness ?? (week === 0 ? plan.readiness : undefined)
  }

  get history(): History {
    this.built ??= historyBefore(
      this.plan,
      this.block.weeks,
      (this.block.series ??= weekSeries(this.block.weeks)),
      this.week,
    )
    return this.built
  }
}

function weekSeries(weeks: readonly WeekContext[]): WeekSeries {
  return {
    endurance: weeks.map(enduranceMinutes),
    loads: weeks.map((b) => sum(b.dailyLoads)),
    strains: weeks.map((b) => strain(b.dailyLoads)),
    deloads: weeks.map((b) => b.deload),
    runMinutes: weeks.map((b) =>
      b.facts.reduce((t, f) => (f.s.modality === 'run' ? t + f.s.durationMin : t), 0),
    ),
  }
}

/** What week `w` sees before it: the given history, then the block's own weeks before `w`. */
function historyBefore(
  plan: PlanContext,
  weeks: readonly WeekContext[],
  series: WeekSeries,
  w: number,
): History {
  const given = plan.history
  const givenWeeks = given.weeklyLoad?.length ?? 0
  const givenDeloads = Array.from(
    { length: givenWeeks },
    (_, i) => given.weeklyDeload?.[i] === true,
  )
  const history: History = {
    dailyLoad: extend(given.dailyLoad, plan.dailyLoads.slice(0, w * 7)),
    weeklyLoad: extend(given.weeklyLoad, series.loads.slice(0, w)),
    weeklyDeload: extend(givenDeloads, series.deloads.slice(0, w)),
    runMinutesByWeek: extend(given.runMinutesByWeek, series.runMinutes.slice(0, w)),
    weeklyStrain: extend(given.weeklyStrain, series.strains.slice(0, w)),
    lastWeekEnduranceMin: w === 0 ? given.lastWeekEnduranceMin : series.endurance[w - 1],
    daysSinceEnduranceIncrease: daysSinceIncrease(series.endurance, w, given),
    liftTrend14dPct: w === 0 ? given.liftTrend14dPct : undefined,
    medianRunMin: given.medianRunMin,
    lastLoads: lastLoadsBefore(weeks.slice(0, w), given.lastLoads),
  }
  for (const key of Object.keys(history) as (keyof History)[]) {
    if (history[key] === undefined) delete history[key]
  }
  return history
}

/**
 * One context per week. A block is analysed week by week: each week sees the given history plus
 * the planned load of the weeks before it (docs/plan-format.md, "A block"), so a long block gets the
 * load rules from its fifth week on even with no recorded history. Measurements that only the
 * given history can hold (lift trend) belong to the first week only; readiness too, unless a week
 * carries its own (the morning of its Monday).
 */
export function weekContexts(plan: PlanContext): WeekContext[] {
  const block: { weeks: PlannedWeek[]; series: WeekSeries | null } = { weeks: [], series: null }
  for (let w = 0; w < plan.weeks.length; w++) block.weeks.push(new PlannedWeek(plan, w, block))
  return block.weeks
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

/**
 * The latest load per exercise: given last loads, then the block's own earlier weeks (PRG-04).
 * v1.2: a deload week's loads are never the reference, so the first week after a deload is
 * compared with the week before it.
 */
function lastLoadsBefore(before: WeekContext[], given: History['lastLoads']): History['lastLoads'] {
  if (before.length === 0) return given
  const loads = { ...(given ?? {}) }
  for (const ctx of before) {
    if (ctx.deload) continue
    for (const f of ctx.facts) {
      for (const e of f.s.exercises ?? []) {
        if (e.loadKg !== undefined && e.reps !== undefined)
          loads[e.name] = { reps: e.reps, loadKg: e.loadKg }
      }
    }
  }
  return Object.keys(loads).length === 0 ? undefined : loads
}

/**
 * The history the week right after a plan's weeks would see: its daily and weekly loads, deloads,
 * run minutes, strain, endurance trend and last loads, built exactly as a block builds them for
 * its own later weeks. A client's earlier training (docs/engine-rules.md §3.4, "History from the
 * database") is turned into history this way.
 */
export function historyAfterWeeks(plan: PlanContext): History {
  const weeks = weekContexts(plan)
  return historyBefore(plan, weeks, weekSeries(weeks), weeks.length)
}
