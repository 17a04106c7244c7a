/** engine-rules.md §4: training-load arithmetic. Pure functions of daily loads in AU. */

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
export const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : sum(xs) / xs.length)

/** §4.2 monotony = mean / population SD of the 7 daily loads; ∞ when SD = 0 and mean > 0. */
export function monotony(dailyLoads: readonly number[]): number {
  const m = mean(dailyLoads)
  if (m === 0) return 0
  const variance = mean(dailyLoads.map((x) => (x - m) ** 2))
  return variance === 0 ? Infinity : m / Math.sqrt(variance)
}

/** §4.2 strain = weekly load × monotony. */
export function strain(dailyLoads: readonly number[]): number {
  const m = monotony(dailyLoads)
  const load = sum(dailyLoads)
  return load === 0 ? 0 : load * m
}

/**
 * §4.3 EWMA ACWR (Williams 2017): λ = 2/(N+1), N 7 and 28; both averages seeded with the mean of
 * the first 28 history days, then updated through every history and plan day. Returns the ratio
 * after each plan day's update, or null where the chronic average is 0.
 */
export function ewmaAcwr(history: readonly number[], plan: readonly number[]): (number | null)[] {
  const la = 2 / (7 + 1)
  const lc = 2 / (28 + 1)
  let acute = mean(history.slice(0, 28))
  let chronic = acute
  for (const load of history) {
    acute = la * load + (1 - la) * acute
    chronic = lc * load + (1 - lc) * chronic
  }
  return plan.map((load) => {
    acute = la * load + (1 - la) * acute
    chronic = lc * load + (1 - lc) * chronic
    return chronic === 0 ? null : acute / chronic
  })
}

/** §4.4 AU → TSS-equivalents: 60 min at CR-10 7 (420 AU) ≈ 100 TSS. */
export const AU_PER_TSS = 4.2

export interface PmcProjection {
  /** CTL − ATL at the end of the last history day and of each plan day (8 values for a week). */
  formAtDayEnds: number[]
  /** TSB of each day = form at the end of the day before: last 7 history days then plan days. */
  tsbLast14: number[]
  ramp: number
}

/**
 * §4.4 Performance Manager (GoldenCheetah PMCData): CTL τ 42, ATL τ 7, seeded with the mean TSS
 * of the first 28 history days; TSB uses yesterday's values; ramp is the CTL change over the week.
 */
export function pmcProjection(history: readonly number[], plan: readonly number[]): PmcProjection {
  const kc = Math.exp(-1 / 42)
  const ka = Math.exp(-1 / 7)
  const tss = (au: number) => au / AU_PER_TSS
  let ctl = mean(history.slice(0, 28).map(tss))
  let atl = ctl
  const formAfter: number[] = [ctl - atl]
  const ctlAfter: number[] = [ctl]
  for (const load of [...history, ...plan]) {
    ctl = ctl * kc + tss(load) * (1 - kc)
    atl = atl * ka + tss(load) * (1 - ka)
    formAfter.push(ctl - atl)
    ctlAfter.push(ctl)
  }
  // formAfter[i] is the form at the end of day i−1 (index 0 = the seed, before the first day).
  const lastHistory = history.length
  const formAtDayEnds = formAfter.slice(lastHistory, lastHistory + plan.length + 1)
  const firstTsbDay = Math.max(0, lastHistory - 7)
  const tsbLast14 = formAfter.slice(firstTsbDay, lastHistory + plan.length)
  const ramp = (ctlAfter[lastHistory + plan.length] ?? 0) - (ctlAfter[lastHistory] ?? 0)
  return { formAtDayEnds, tsbLast14, ramp }
}

/**
 * §4.5 reference load R = max(last week, mean of the last 3 non-deload weeks); missing deload
 * flags count as false, fewer than 3 non-deload weeks use those there are (0 if none).
 */
export function referenceLoad(
  weeklyLoad: readonly number[],
  weeklyDeload: readonly boolean[],
): number {
  const last = weeklyLoad.at(-1) ?? 0
  const nonDeload = weeklyLoad.filter((_, i) => weeklyDeload[i] !== true).slice(-3)
  return Math.max(last, mean(nonDeload))
}

/** §4.5 deload detection: flagged, or ≤ 70 % of the mean of the 3 weeks before it. */
export function isDeloadWeek(
  weeklyLoad: readonly number[],
  flags: readonly boolean[],
  index: number,
): boolean {
  if (flags[index] === true) return true
  if (index < 3) return false
  const previous = weeklyLoad.slice(index - 3, index)
  return (weeklyLoad[index] ?? 0) <= 0.7 * mean(previous)
}

/** 90th percentile with linear interpolation between order statistics (R type 7, numpy default). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (rank - lo)
}
