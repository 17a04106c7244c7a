/** A gap between two sessions in a coach's words, for messages and the sheet's rows (§9). */

/**
 * A gap between two sessions as a coach says it, in whole minutes: "10 min", "8 h 35 min", "47 h"
 * (hours past a day too, as the rules' 24- and 48-h windows count them). Never used to decide.
 */
export function gapWords(gapMin: number): string {
  const min = Math.max(0, Math.round(gapMin))
  const h = Math.floor(min / 60)
  const m = min % 60
  if (h === 0) return `${m} min`
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** True when one session starts the minute the other ends. */
const backToBack = (gapMin: number) => Math.round(gapMin) <= 0

/** "8 h 35 min apart", or "back to back". */
export const apart = (gapMin: number) =>
  backToBack(gapMin) ? 'back to back' : `${gapWords(gapMin)} apart`

/** "8 h 35 min before", or "straight before". */
export const before = (gapMin: number) =>
  backToBack(gapMin) ? 'straight before' : `${gapWords(gapMin)} before`

/** "8 h 35 min after", or "straight after". */
export const after = (gapMin: number) =>
  backToBack(gapMin) ? 'straight after' : `${gapWords(gapMin)} after`
