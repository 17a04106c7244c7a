import type { SessionFacts } from '../session-facts'

/** An ordered pair: A starts first (ties: input order), B after; gap = start(B) − end(A). */
export interface Pair {
  a: SessionFacts
  b: SessionFacts
  gapMin: number
}

/** No pair rule looks further than 48 h (§3.4). */
export const PAIR_HORIZON_MIN = 48 * 60

/**
 * Every pair with 0 ≤ gap ≤ 48 h, across midnight and week boundaries. Overlapping pairs
 * (gap < 0) are returned apart: only VAL-01 reports them, every other rule skips them.
 */
export function enumeratePairs(facts: readonly SessionFacts[]): {
  pairs: Pair[]
  overlaps: Pair[]
} {
  const pairs: Pair[] = []
  const overlaps: Pair[] = []
  for (let i = 0; i < facts.length; i++) {
    const a = facts[i]!
    for (let j = i + 1; j < facts.length; j++) {
      const b = facts[j]!
      // Later B's start later still, so once one is beyond the horizon all the rest are too.
      if (b.start - a.end > PAIR_HORIZON_MIN) break
      const gapMin = b.start - a.end
      if (gapMin < 0) overlaps.push({ a, b, gapMin })
      else pairs.push({ a, b, gapMin })
    }
  }
  return { pairs, overlaps }
}

export const isStrength = (f: SessionFacts) => f.s.modality === 'strength'
export const isRun = (f: SessionFacts) => f.s.modality === 'run'
export const isWalk = (f: SessionFacts) => f.s.modality === 'walk'
/** HARD cardio: a run or low-impact session (a walk is never HARD). */
export const isHardCardio = (f: SessionFacts) => f.cardio && f.intensity === 'HARD'

/** The (strength, cardio) sessions of a pair in either order, or null. */
export function strengthAndCardio(p: Pair): { lift: SessionFacts; cardio: SessionFacts } | null {
  if (isStrength(p.a) && p.b.cardio) return { lift: p.a, cardio: p.b }
  if (isStrength(p.b) && p.a.cardio) return { lift: p.b, cardio: p.a }
  return null
}
