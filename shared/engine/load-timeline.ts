import { AU_PER_TSS, mean } from './load-metrics'

/**
 * The load series of a whole plan, computed in one pass (§4.3, §4.4): given history followed by
 * every planned day. Week w of a block sees as history exactly the prefix before its Monday, and
 * the seeds (the mean of the first 28 days) are the same for every prefix, so one pass serves
 * every week instead of recomputing the series per week and per rule.
 */
export interface LoadTimeline {
  /** Days of given history before the plan's first Monday. */
  historyDays: number
  /** EWMA ACWR after each day's update (index = timeline day), null where chronic is 0. */
  acwr: (number | null)[]
  /**
   * CTL − ATL after each day; index 0 is the seed, index i + 1 the end of timeline day i. So
   * formAfter[i] is the TSB of timeline day i (§4.4: yesterday's CTL − ATL).
   */
  formAfter: number[]
  /** CTL after each day, same indexing as formAfter. */
  ctlAfter: number[]
}

/**
 * How the acute:chronic ratio is computed (§4.3): EWMA by default (Williams 2017); rolling
 * coupled (Hulin 2016: last 7 d over the 28-d weekly mean) or uncoupled (Windt & Gabbett 2018:
 * chronic = weekly mean of days t−27 … t−7) on request.
 */
export type AcwrMethod = 'ewma' | 'rolling-coupled' | 'rolling-uncoupled'

const windowSum = (xs: readonly number[], from: number, to: number) => {
  let total = 0
  for (let i = Math.max(0, from); i <= to; i++) total += xs[i] ?? 0
  return total
}

/** Rolling ACWR of timeline day t; null when the chronic load is 0. */
export function rollingAcwr(all: readonly number[], t: number, coupled: boolean): number | null {
  const acute = windowSum(all, t - 6, t)
  const chronic = coupled ? windowSum(all, t - 27, t) / 4 : windowSum(all, t - 27, t - 7) / 3
  return chronic === 0 ? null : acute / chronic
}

export function loadTimeline(
  history: readonly number[],
  planDays: readonly number[],
  method: AcwrMethod = 'ewma',
): LoadTimeline {
  const all = [...history, ...planDays]
  const la = 2 / (7 + 1)
  const lc = 2 / (28 + 1)
  const kc = Math.exp(-1 / 42)
  const ka = Math.exp(-1 / 7)
  let acute = mean(all.slice(0, 28))
  let chronic = acute
  // §4.4 (v1.2): the PMC is seeded from recorded history only, never from the plan's own load, so
  // a client with no history starts at 0 and every display shows the series the rules read.
  let ctl = mean(history.slice(0, 28)) / AU_PER_TSS
  let atl = ctl
  const acwr: (number | null)[] = []
  const formAfter = [ctl - atl]
  const ctlAfter = [ctl]
  for (const load of all) {
    acute = la * load + (1 - la) * acute
    chronic = lc * load + (1 - lc) * chronic
    if (method === 'ewma') acwr.push(chronic === 0 ? null : acute / chronic)
    else acwr.push(rollingAcwr(all, acwr.length, method === 'rolling-coupled'))
    const tss = load / AU_PER_TSS
    ctl = ctl * kc + tss * (1 - kc)
    atl = atl * ka + tss * (1 - ka)
    formAfter.push(ctl - atl)
    ctlAfter.push(ctl)
  }
  return { historyDays: history.length, acwr, formAfter, ctlAfter }
}

/** Start of week w on the timeline (its Monday's index). */
export const weekStart = (t: LoadTimeline, week: number) => t.historyDays + week * 7

/** OVR-01 input: the ACWR of each of week w's 7 days (nulls dropped). */
export function weekAcwr(t: LoadTimeline, week: number): number[] {
  const start = weekStart(t, week)
  return t.acwr.slice(start, start + 7).filter((r): r is number => r !== null)
}

/** §4.4 projection for week w: the 8 end-of-day forms, the 14 TSB values, and the ramp. */
export function weekPmc(t: LoadTimeline, week: number) {
  const start = weekStart(t, week)
  return {
    formAtDayEnds: t.formAfter.slice(start, start + 8),
    tsbLast14: t.formAfter.slice(Math.max(0, start - 7), start + 7),
    ramp: (t.ctlAfter[start + 7] ?? 0) - (t.ctlAfter[start] ?? 0),
  }
}
