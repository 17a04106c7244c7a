import { describe, expect, it } from 'vitest'
import { severityCounts } from '../../../shared/words/severity-counts'

describe('finding counts in proper number', () => {
  it('says "1 note" and "1 warning", never "1 notes"', () => {
    const of = (c: number, w: number, i: number) => (s: 'critical' | 'warn' | 'info') =>
      ({ critical: c, warn: w, info: i })[s]
    expect(severityCounts(of(6, 18, 1))).toBe('6 critical · 18 warnings · 1 note')
    expect(severityCounts(of(0, 1, 2), { joiner: ', ' })).toBe('0 critical, 1 warning, 2 notes')
    expect(severityCounts(of(1, 0, 3), { skipZero: true })).toBe('1 critical · 3 notes')
  })
})
