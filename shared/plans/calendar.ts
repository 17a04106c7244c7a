import { Temporal } from 'temporal-polyfill'

/** Calendar-date arithmetic on ISO dates (YYYY-MM-DD), with no time zone to get wrong. */
export const addDays = (isoDate: string, days: number): string =>
  Temporal.PlainDate.from(isoDate).add({ days }).toString()

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days

/** The date of day `day` (0 = Monday) of week `weekIndex` of a block starting `startDate`. */
export const sessionDate = (startDate: string, weekIndex: number, day: number): string =>
  addDays(startDate, weekIndex * 7 + day)

/** The Monday of the week holding `isoDate`. */
export function mondayOf(isoDate: string): string {
  const date = Temporal.PlainDate.from(isoDate)
  return date.subtract({ days: date.dayOfWeek - 1 }).toString()
}

/**
 * The first Monday on or after `isoDate`: a block starts on a Monday, today's when today is one
 * (a coach planning on a Monday morning starts the block that day).
 */
export function mondayOnOrAfter(isoDate: string): string {
  const date = Temporal.PlainDate.from(isoDate)
  return date.add({ days: (8 - date.dayOfWeek) % 7 }).toString()
}

/** The calendar date of `instant` where the coach is (local time), as YYYY-MM-DD. */
export function localIsoDate(instant: Date): string {
  return Temporal.PlainDate.from({
    year: instant.getFullYear(),
    month: instant.getMonth() + 1,
    day: instant.getDate(),
  }).toString()
}

/** The Monday a new block starts on by default: the first one on or after today, locally. */
export const nextMonday = (now: Date): string => mondayOnOrAfter(localIsoDate(now))
