import { describe, expect, it } from 'vitest'
import { addDays } from '../../../shared/plans/calendar'
import { readinessOn } from '../../../shared/plans/readiness-on'
import type { ReadinessEntry } from '../../../shared/schemas/readiness.schema'

const MONDAY = '2026-12-07'
const entry = (offset: number, fields: Partial<ReadinessEntry>): ReadinessEntry => ({
  date: addDays(MONDAY, offset),
  painRegions: [],
  illness: false,
  ...fields,
})

describe('readiness for a Monday morning from daily reports', () => {
  it('takes the three nights, the week of HRV against the 60 days before, and that morning', () => {
    const entries = [
      // A steady baseline: 4.2 ± 0.1 on alternate days, 60 to 7 days before.
      ...Array.from({ length: 60 }, (_, i) => entry(-66 + i, { hrv: i % 2 === 0 ? 4.1 : 4.3 })),
      entry(-6, { hrv: 4.0 }),
      entry(-2, { sleepH: 6, hrv: 3.9 }),
      entry(-1, { sleepH: 6.5 }),
      entry(0, {
        sleepH: 5.5,
        hrv: 3.8,
        sorenessLower: 7,
        fatigue: 6,
        mood: 2,
        painRegions: ['lower'],
      }),
      entry(1, { sleepH: 9 }), // after the Monday: not part of its morning
    ]
    expect(readinessOn(entries, MONDAY)).toEqual({
      sleepLast3H: [6, 6.5, 5.5],
      hrvLast7: [4.0, 3.9, 3.8],
      hrvBaseline: { mean: 4.2, sd: 0.1, n: 60 },
      sorenessLower: 7,
      fatigue: 6,
      mood: 2,
      painRegions: ['lower'],
    })
  })

  it('uses Sunday’s report when Monday has none, and is undefined when nothing covers the morning', () => {
    expect(readinessOn([entry(-1, { fatigue: 8, illness: true })], MONDAY)).toEqual({
      fatigue: 8,
      illness: true,
    })
    expect(readinessOn([entry(-20, { sleepH: 7 })], MONDAY)).toBeUndefined()
  })
})

describe('a Monday still to come', () => {
  it('has no readiness, even with a baseline behind it', () => {
    const baseline = Array.from({ length: 30 }, (_, i) => entry(-40 + i, { hrv: 4.2 }))
    expect(readinessOn(baseline, MONDAY)).toBeUndefined()
  })
})
