/** The calendar date (YYYY-MM-DD) of a block's week and day, from its first Monday. */
export function sessionDate(startDate: string, weekIndex: number, day: number): string {
  const date = new Date(`${startDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + weekIndex * 7 + day)
  return date.toISOString().slice(0, 10)
}

/** "Mon 23 Nov 2026" for a handout, in English whatever the machine's locale. */
export function longDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
}

/** "9 Nov": a day within a week that is already named. */
export function shortDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  })
}
