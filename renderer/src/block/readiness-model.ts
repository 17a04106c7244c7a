import type { ReadinessEntry } from '../../../shared/schemas/readiness.schema'

/** How a day's report reads at a glance: nothing to note, something to watch, or a red flag. */
export type ReadinessMark = 'ok' | 'watch' | 'flag'

/**
 * A report's mark, with the thresholds of the RDY rules (docs/engine-rules.md §5.6): illness or
 * pain is a red flag; short sleep (< 7 h), soreness ≥ 7, fatigue ≥ 8 or mood ≤ 2 is one to watch.
 */
export function readinessMark(e: ReadinessEntry): ReadinessMark {
  if (e.illness || e.painRegions.length > 0) return 'flag'
  if (
    (e.sleepH !== undefined && e.sleepH < 7) ||
    (e.sorenessLower !== undefined && e.sorenessLower >= 7) ||
    (e.fatigue !== undefined && e.fatigue >= 8) ||
    (e.mood !== undefined && e.mood <= 2)
  )
    return 'watch'
  return 'ok'
}

/** A report in words: "sleep 6 h · HRV 4.1 · soreness 7 · ill". */
export function readinessWords(e: ReadinessEntry): string {
  return [
    e.sleepH !== undefined && `sleep ${e.sleepH} h`,
    e.hrv !== undefined && `HRV ${e.hrv}`,
    e.sorenessLower !== undefined && `soreness ${e.sorenessLower}`,
    e.fatigue !== undefined && `fatigue ${e.fatigue}`,
    e.mood !== undefined && `mood ${e.mood}/5`,
    e.painRegions.length > 0 && `pain ${e.painRegions.join(', ')}`,
    e.illness && 'ill',
  ]
    .filter(Boolean)
    .join(' · ')
}
