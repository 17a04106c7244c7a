import type { Block, BlockSession } from '../schemas/block.schema'
import { sessionDate } from '../plans/calendar'
import { minutesOfDay } from '../schemas/common.schema'
import { prescription, sessionTitle } from './session-words'

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values, and
 * control characters other than tab, which TEXT may not hold, are left out.
 */
export function icsText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  )
}

const utf8Length = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4

/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded (CRLF + space). Folding counts
 * UTF-8 bytes and never splits a character, so accented and Cyrillic names survive.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let bytes = 0
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!)
    const limit = parts.length === 0 ? 75 : 74 // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current)
      current = ''
      bytes = 0
    }
    current += char
    bytes += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const stamp = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`

/** Local date-time (DTSTART/DTEND form) `minutes` after midnight of `date`, past midnight too. */
function localStamp(date: string, minutes: number): string {
  const at = new Date(`${date}T00:00:00Z`)
  at.setUTCMinutes(minutes)
  const iso = at.toISOString() // the date's own clock, in UTC only as arithmetic
  return `${iso.slice(0, 10).replace(/-/g, '')}T${iso.slice(11, 16).replace(':', '')}00`
}

export interface IcsOptions {
  clientName: string
  /** When the file was made, as DTSTAMP (UTC). */
  now: Date
  /** Each session's exercise lines and pace band in the client's numbers (by session id). */
  details?: ReadonlyMap<string, readonly string[]>
}

/**
 * A calendar of a block's sessions: one VEVENT per session, in floating local time (the client
 * trains at 07:00 wherever they are), with title, prescription and coach notes.
 */
export function sessionsToIcs(
  block: Pick<Block, 'id' | 'name' | 'startDate'>,
  sessions: readonly BlockSession[],
  { clientName, now, details }: IcsOptions,
): string {
  const dtstamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const events = sessions.flatMap((s) => {
    const date = sessionDate(block.startDate, s.weekIndex, s.day)
    const description = [
      prescription(s),
      ...(details?.get(s.id) ?? []),
      s.notes ? `Coach: ${s.notes}` : '',
    ]
      .filter(Boolean)
      .join('\n')
    return [
      'BEGIN:VEVENT',
      `UID:${s.id}@blockwise`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART:${stamp(date, s.start)}`,
      // A late session may end after midnight: the event ends then, on the next day.
      `DTEND:${localStamp(date, minutesOfDay(s.start) + s.durationMin)}`,
      `SUMMARY:${icsText(sessionTitle(s))}`,
      `DESCRIPTION:${icsText(description)}`,
      `CATEGORIES:${icsText(block.name)}`,
      'END:VEVENT',
    ]
  })
  return (
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Blockwise//Training block//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      `X-WR-CALNAME:${icsText(`${block.name} – ${clientName}`)}`,
      ...events,
      'END:VCALENDAR',
    ]
      .map(foldLine)
      .join('\r\n') + '\r\n'
  )
}
