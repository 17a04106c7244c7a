/** A gap between two sessions in a coach's words, for messages and the sheet's rows (§9). */
import { gapWords } from './rules/rule-catalogue'

export { gapWords }

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
