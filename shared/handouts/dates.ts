import { WEEKDAY_SHORT } from '../schemas/common.schema'

/** The calendar date (YYYY-MM-DD) of a block's week and day, from its first Monday. */
export function sessionDate(startDate: string, weekIndex: number, day: number): string {
  const date = new Date(`${startDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + weekIndex * 7 + day)
  return date.toISOString().slice(0, 10)
}

// Spelled out here rather than with toLocaleDateString: the handout reads the same on any machine,
// and formatting through Intl for every row was most of the time a PDF took to make.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)

/** "9 Nov": a day within a week that is already named. */
export function shortDate(isoDate: string): string {
  const date = utc(isoDate)
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!}`
}

/** "Mon, 9 Nov 2026" for a handout. */
export function longDate(isoDate: string): string {
  const date = utc(isoDate)
  return `${WEEKDAY_SHORT[(date.getUTCDay() + 6) % 7]!}, ${shortDate(isoDate)} ${date.getUTCFullYear()}`
}
