import type { Readiness } from '../schemas/plan.schema'
import type { ReadinessEntry } from '../schemas/readiness.schema'
import { addDays } from './calendar'

/** Days of HRV before a Monday's last week that make its baseline (docs/engine-rules.md §4.6). */
const BASELINE_DAYS = 60

/**
 * The engine's `readiness` for the morning of `monday` from a client's daily reports: the three
 * nights up to that morning (oldest first; a report's sleep is the night before its date), the
 * week of HRV up to it against the 60 days before that as baseline, and that morning's soreness,
 * fatigue, mood, pain and illness (the day before's when the Monday has no report). Undefined
 * when nothing covers that morning.
 */
export function readinessOn(
  entries: readonly ReadinessEntry[],
  monday: string,
): Readiness | undefined {
  const byDate = new Map(entries.map((e) => [e.date, e]))
  const day = (offset: number) => byDate.get(addDays(monday, offset))
  const sleep = [-2, -1, 0].flatMap((d) => {
    const h = day(d)?.sleepH
    return h === undefined ? [] : [h]
  })
  const hrvLast7 = [-6, -5, -4, -3, -2, -1, 0].flatMap((d) => {
    const v = day(d)?.hrv
    return v === undefined ? [] : [v]
  })
  const baseline: number[] = []
  for (let d = -BASELINE_DAYS - 6; d < -6; d++) {
    const v = day(d)?.hrv
    if (v !== undefined) baseline.push(v)
  }
  const morning = day(0) ?? day(-1)
  // A baseline alone says nothing about that morning (a Monday still to come has only the past).
  if (sleep.length === 0 && hrvLast7.length === 0 && !morning) return undefined
  const readiness: Readiness = {}
  if (sleep.length > 0) readiness.sleepLast3H = sleep
  if (hrvLast7.length > 0) readiness.hrvLast7 = hrvLast7
  if (baseline.length > 0) {
    const mean = baseline.reduce((a, b) => a + b, 0) / baseline.length
    const variance = baseline.reduce((a, b) => a + (b - mean) ** 2, 0) / baseline.length
    readiness.hrvBaseline = {
      mean: Math.round(mean * 1000) / 1000,
      sd: Math.round(Math.sqrt(variance) * 1000) / 1000,
      n: baseline.length,
    }
  }
  if (morning) {
    if (morning.sorenessLower !== undefined) readiness.sorenessLower = morning.sorenessLower
    if (morning.fatigue !== undefined) readiness.fatigue = morning.fatigue
    if (morning.mood !== undefined) readiness.mood = morning.mood
    if (morning.painRegions.length > 0) readiness.painRegions = morning.painRegions
    if (morning.illness) readiness.illness = true
  }
  return Object.keys(readiness).length > 0 ? readiness : undefined
}
