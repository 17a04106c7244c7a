import { addDays } from '../plans/calendar'
import type { BlockPlan } from '../schemas/plan.schema'
import type { Fitness } from '../schemas/fitness.schema'
import { buildPlanContext } from './plan-context'

const round = (x: number) => Math.round(x * 100) / 100

/**
 * The PMC of a block plan, day by day from the first day of its history to its last planned day:
 * the series the load rules read (one timeline, §4.3–§4.4), with their conventions (v1.2
 * "Displays"): CTL and ATL at the end of each day, TSB of a day = CTL − ATL at the end of the day
 * before. With no history the series start at 0 on the block's first day.
 */
export function fitnessOf(plan: BlockPlan): Fitness {
  const ctx = buildPlanContext(plan)
  const history = plan.history?.dailyLoad ?? []
  const loads = [...history, ...ctx.dailyLoads]
  const first = addDays(plan.startDate, -history.length)
  const { timeline } = ctx
  const endOf = (i: number) => {
    const ctl = timeline.ctlAfter[i + 1]!
    return { ctl, atl: ctl - timeline.formAfter[i + 1]! }
  }
  return {
    planStart: history.length,
    days: loads.map((load, i) => {
      const { ctl, atl } = endOf(i)
      return {
        date: addDays(first, i),
        load: Math.round(load),
        ctl: round(ctl),
        atl: round(atl),
        tsb: round(timeline.formAfter[i]!),
        acwr: i >= 27 && timeline.acwr[i] !== null ? round(timeline.acwr[i]!) : null,
      }
    }),
  }
}
