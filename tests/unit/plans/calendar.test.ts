import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  localIsoDate,
  mondayOf,
  mondayOnOrAfter,
  nextMonday,
  sessionDate,
} from '../../../shared/plans/calendar'

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

  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday starts that day
    ['2026-12-01', '2026-12-07'],
    ['2026-12-06', '2026-12-07'], // Sunday: the next day
    ['2026-12-29', '2027-01-04'], // across a year
    ['2028-02-28', '2028-02-28'], // a Monday before a leap day
  ])('the first Monday on or after %s is %s', (date, monday) => {
    expect(mondayOnOrAfter(date)).toBe(monday)
  })

  it("takes today's date where the coach is, not in UTC", () => {
    const zone = process.env.TZ
    try {
      // 11:00 UTC on Sunday 6 December is already 01:00 on Monday 7 December in Kiritimati
      // (UTC+14): a coach there starts the block today, not a week later.
      process.env.TZ = 'Pacific/Kiritimati'
      const instant = new Date('2026-12-06T11:00:00Z')
      expect(localIsoDate(instant)).toBe('2026-12-07')
      expect(nextMonday(instant)).toBe('2026-12-07')
      // And in Honolulu (UTC−10) the same instant is 01:00 on Sunday: next day, Monday.
      process.env.TZ = 'Pacific/Honolulu'
      expect(localIsoDate(instant)).toBe('2026-12-06')
      expect(nextMonday(instant)).toBe('2026-12-07')
      expect(nextMonday(new Date('2026-12-01T12:00:00Z'))).toBe('2026-12-07')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})
