import { WEEKDAY_SHORT } from '../schemas/common.schema'

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
