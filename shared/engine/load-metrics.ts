/** docs/engine-rules.md §4: training-load arithmetic. Pure functions of daily loads in AU. */

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

/** §4.4 AU → TSS-equivalents: 60 min at CR-10 7 (420 AU) ≈ 100 TSS. */
export const AU_PER_TSS = 4.2

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
