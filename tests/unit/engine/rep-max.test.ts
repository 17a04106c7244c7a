import { describe, expect, it } from 'vitest'
import { RM, pctForReps, repsInReserve } from '../../../shared/engine/rep-max'

describe('the rep-max model (docs/engine-rules.md §2.5: Epley solved for reps)', () => {
  it.each([
    [100, 0],
    [90, 3.333],
    [85, 5.294],
    [80, 7.5],
    [75, 10],
    [60, 20],
    [50, 30],
  ])('RM(%d %%) = %d reps', (pct, reps) => expect(RM(pct)).toBeCloseTo(reps, 3))

  it('is within about one rep of the RTS chart at RPE 10: 5 reps ≈ 86 %, 8 reps ≈ 79 %', () => {
    expect(RM(86)).toBeCloseTo(4.88, 2)
    expect(RM(79)).toBeCloseTo(7.97, 2)
  })

  it('is negative past 100 %: nothing is possible there', () => {
    expect(RM(105)).toBeLessThan(0)
  })

  it.each([
    [5, 0, 85.714],
    [5, 2, 81.081],
    [1, 0, 96.774],
    [10, 0, 75],
    [8, 2, 75],
  ])('pctForReps(%d reps, %d in reserve) = %d %%', (reps, rir, pct) =>
    expect(pctForReps(reps, rir)).toBeCloseTo(pct, 3),
  )

  it('pctForReps is RM’s inverse', () => {
    for (const reps of [1, 3, 5, 8, 12, 20]) {
      expect(RM(pctForReps(reps))).toBeCloseTo(reps, 9)
      expect(pctForReps(RM(70 + reps))).toBeCloseTo(70 + reps, 9)
    }
  })

  it('reps in reserve: 6 @ 75 % leaves 4, 5 @ 90 % is 1.7 past the rep max', () => {
    expect(repsInReserve(6, 75)).toBeCloseTo(4, 9)
    expect(repsInReserve(5, 90)).toBeCloseTo(-1.667, 3)
  })
})
