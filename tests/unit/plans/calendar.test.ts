import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, mondayOf, sessionDate } from '../../../shared/plans/calendar'

describe('calendar dates', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday is its own
    ['2026-12-06', '2026-11-30'], // Sunday belongs to the week before it
    ['2027-01-01', '2026-12-28'], // across a year
  ])('the Monday of %s is %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday)
  })

  it('adds days and counts them across month ends and a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-01', -2)).toBe('2026-11-29')
    expect(daysBetween('2026-11-02', '2026-11-30')).toBe(28)
    expect(daysBetween('2026-11-30', '2026-11-02')).toBe(-28)
    expect(sessionDate('2026-11-16', 1, 3)).toBe('2026-11-26')
  })
})
