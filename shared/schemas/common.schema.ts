import { z } from 'zod'

/**
 * Size limits for every text and list that crosses the contract. They keep one bad paste or a
 * hostile caller from filling the database, and they are generous for what a coach types.
 */
export const LIMITS = {
  nameChars: 120,
  emailChars: 254,
  shortTextChars: 200,
  notesChars: 5000,
  searchChars: 200,
  idChars: 64,
  listItems: 100,
} as const

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

/** A local time of day written HH:MM (24-hour), e.g. "07:00" or "18:30". */
export const TimeOfDaySchema = z.string().regex(HH_MM, {
  error: (issue) => `expected HH:MM, got ${JSON.stringify(issue.input)}`,
})

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/**
 * The years a date may fall in. A training plan, an injury or a birth is within them; a year like
 * 9999 is a typo, and a block starting then would run past year 9999, which calendars cannot
 * write (an unparsable DTSTART in the handout's .ics).
 */
export const YEARS = { first: 1900, last: 2200 } as const

/** A calendar date written YYYY-MM-DD that really exists (no 31 April), in years 1900–2200. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, { error: (issue) => `expected YYYY-MM-DD, got ${JSON.stringify(issue.input)}` })
  .refine((text) => isRealDate(text), {
    error: (issue) => `${String(issue.input)} is not a real date`,
  })
  .refine(
    (text) => {
      const year = Number(text.slice(0, 4))
      return year >= YEARS.first && year <= YEARS.last
    },
    { error: `dates run from ${YEARS.first} to ${YEARS.last}` },
  )

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Minutes since midnight for an HH:MM string that already passed TimeOfDaySchema. */
export function minutesOfDay(time: string): number {
  // Character arithmetic: this runs for every session of every candidate the balancer scores.
  return (
    ((time.charCodeAt(0) - 48) * 10 + time.charCodeAt(1) - 48) * 60 +
    (time.charCodeAt(3) - 48) * 10 +
    time.charCodeAt(4) -
    48
  )
}

/** A database id: opaque, short, printable. */
export const IdSchema = z
  .string()
  .min(1, { error: 'id is required' })
  .max(LIMITS.idChars, { error: `id is longer than ${LIMITS.idChars} characters` })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'id may hold only letters, digits, _ and -' })

/** Control characters other than tab and line breaks: never typed, and NUL truncates in SQLite. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
/**
 * Text-direction controls (overrides, isolates, and the marks such as U+061C): they can make a
 * name or a file name read backwards, and nobody types them into a name.
 */
const BIDI_CONTROL = /\p{Bidi_Control}/u
/**
 * A character that shows something. Not: white space, format characters, marks with nothing to
 * sit on, code points meant to be ignored (the Hangul fillers U+3164 and U+115F, the combining
 * grapheme joiner U+034F), unassigned or private ones, and the blank Braille pattern U+2800. A
 * name without one looks empty in every list.
 */
const VISIBLE =
  /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}\p{Cn}\p{Co}\p{Cs}\u2800]/u

/**
 * Trimmed single-line text with a length cap; `label` names the field in messages. No control
 * characters, no text-direction controls, and never only invisible characters.
 */
export function singleLineText(label: string, maxChars: number) {
  return z
    .string()
    .trim()
    .max(maxChars, { error: `${label} must be at most ${maxChars} characters` })
    .refine((text) => !/[\r\n]/.test(text), { error: `${label} must be a single line` })
    .refine((text) => !CONTROL.test(text), { error: `${label} must not hold control characters` })
    .refine((text) => !BIDI_CONTROL.test(text), {
      error: `${label} must not hold text-direction control characters`,
    })
    .refine((text) => text === '' || VISIBLE.test(text), {
      error: `${label} must hold at least one visible character`,
    })
}

/** Free text (notes) with a length cap, line breaks and tabs allowed, other controls not. */
export function notesText(label: string) {
  return z
    .string()
    .max(LIMITS.notesChars, { error: `${label} must be at most ${LIMITS.notesChars} characters` })
    .refine((text) => !CONTROL.test(text), { error: `${label} must not hold control characters` })
}

/** Weekday index, 0 = Monday … 6 = Sunday (the plan format's convention). */
export const WeekdaySchema = z
  .number()
  .int({ error: 'day must be a whole number from 0 (Monday) to 6 (Sunday)' })
  .min(0, { error: 'day must be from 0 (Monday) to 6 (Sunday)' })
  .max(6, { error: 'day must be from 0 (Monday) to 6 (Sunday)' })

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const

/** "Mon" … "Sun": the short names, Monday first, for tables and labels. */
export const WEEKDAY_SHORT = WEEKDAY_NAMES.map((name) => name.slice(0, 3))
