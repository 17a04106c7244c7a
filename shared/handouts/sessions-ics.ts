import ical, { ICalCalendarMethod, escape } from 'ical-generator'
import type { Block, BlockSession } from '../schemas/block.schema'
import { sessionDate } from '../plans/calendar'
import { minutesOfDay } from '../schemas/common.schema'
import { prescription, sessionTitle } from './session-words'

/**
 * Text a calendar may hold: RFC 5545 TEXT values take no control characters other than tab and
 * line breaks, which ical-generator (it escapes and folds) passes through as they are.
 */
export function calendarText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
}

/**
 * `minutes` after midnight of `date` on the date's own clock, as a Date whose UTC fields hold it:
 * written as a floating time (no zone), so a session at 07:00 is at 07:00 wherever the client is.
 * A late session's end past midnight falls on the next day.
 */
const floatingAt = (date: string, minutes: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000)

export interface IcsOptions {
  clientName: string
  /** When the file was made, as DTSTAMP (UTC). */
  now: Date
  /** Each session's exercise lines and pace band in the client's numbers (by session id). */
  details?: ReadonlyMap<string, readonly string[]>
}

/**
 * A calendar of a block's sessions (written by ical-generator): one VEVENT per session, in floating
 * local time (the client trains at 07:00 wherever they are), with title, prescription and coach
 * notes.
 */
export function sessionsToIcs(
  block: Pick<Block, 'id' | 'name' | 'startDate'>,
  sessions: readonly BlockSession[],
  { clientName, now, details }: IcsOptions,
): string {
  const calendar = ical({
    prodId: { company: 'Blockwise', product: 'Training block', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // ical-generator writes the calendar's NAME and X-WR-CALNAME as given (it escapes event
    // texts only), so a comma or semicolon in a client's name is escaped here.
    name: escape(calendarText(`${block.name} – ${clientName}`), false),
  })
  for (const s of sessions) {
    const date = sessionDate(block.startDate, s.weekIndex, s.day)
    const start = minutesOfDay(s.start)
    const description = [
      prescription(s),
      ...(details?.get(s.id) ?? []),
      s.notes ? `Coach: ${s.notes}` : '',
    ]
      .filter(Boolean)
      .join('\n')
    calendar.createEvent({
      id: `${s.id}@blockwise`,
      stamp: now,
      start: floatingAt(date, start),
      end: floatingAt(date, start + s.durationMin),
      floating: true,
      summary: calendarText(sessionTitle(s)),
      description: calendarText(description),
      categories: [{ name: calendarText(block.name) }],
    })
  }
  // Every content line ends in CRLF, the last one too (RFC 5545 §3.1).
  return `${calendar.toString()}\r\n`
}
