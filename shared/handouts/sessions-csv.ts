import { issuePath } from '../contract/field-issues'
import type { FieldIssue } from '../contract/result'
import { WEEKDAY_NAMES } from '../schemas/common.schema'
import { SEED_INDEX } from '../exercises/exercise-index'
import type { ExerciseIndex } from '../exercises/exercise-index'
import { regionProblem } from '../exercises/region-problem'
import { BlockSessionSchema, WeekSettingsSchema } from '../schemas/block.schema'
import type { Block, BlockSession, WeekSettings } from '../schemas/block.schema'
import { plainNumber } from '../tables/cell-values'
import { parseDelimited } from '../tables/delimited-text'
import { unguard, writeCsv } from './rfc4180'
import { endTime, prescription, sessionTitle } from './session-words'
import { sessionDate } from '../plans/calendar'
import { attachmentLoop, loopWords } from '../plans/attachments'

type Kind = 'text' | 'number' | 'boolean' | 'json'

/**
 * Every stored field of a session, as a CSV column. The readable columns before them are for
 * people; these make a re-import lossless.
 */
const FIELDS: readonly [column: string, field: keyof BlockSession, kind: Kind][] = [
  ['Session ID', 'id', 'text'],
  ['Week index', 'weekIndex', 'number'],
  ['Day index', 'day', 'number'],
  ['Start', 'start', 'text'],
  ['Minutes', 'durationMin', 'number'],
  ['Modality', 'modality', 'text'],
  ['Region', 'region', 'text'],
  ['Run type', 'runType', 'text'],
  ['Top-set reps', 'topSetReps', 'number'],
  ['%1RM', 'pct1rm', 'number'],
  ['Zone', 'zone', 'number'],
  ['RPE', 'rpe', 'number'],
  ['Terrain', 'terrain', 'text'],
  ['Descent m', 'descentM', 'number'],
  ['Eccentric', 'eccentric', 'boolean'],
  ['To failure', 'toFailure', 'boolean'],
  ['Priority', 'priority', 'text'],
  ['Locked', 'locked', 'boolean'],
  ['Attached to', 'attachedTo', 'text'],
  ['Tag', 'tag', 'text'],
  ['Distance km', 'distanceKm', 'number'],
  ['Status', 'status', 'text'],
  ['Actual RPE', 'rpeActual', 'number'],
  ['Actual minutes', 'minutesActual', 'number'],
  ['Exercises', 'exercises', 'json'],
  ['Notes', 'notes', 'text'],
  ['Order', 'sortOrder', 'number'],
  ['Title', 'title', 'text'],
]
/** Columns newer than the first exports: a file from before them still imports, without them. */
const ADDED_LATER = new Set(['Actual minutes', 'Title'])
const READABLE = ['Client', 'Block', 'Week', 'Date', 'Day', 'Time', 'Session', 'Prescription']
/** The session's week, repeated on each of its rows, so a re-import gets the block's phases back. */
const WEEK_COLUMNS = ['Phase', 'Deload'] as const
export const SESSIONS_CSV_HEADER = [
  ...READABLE,
  ...WEEK_COLUMNS,
  ...FIELDS.map(([column]) => column),
]

function cell(value: unknown, kind: Kind): string {
  if (value === undefined || value === null) return ''
  if (kind === 'boolean') return value ? 'yes' : 'no'
  if (kind === 'json') return JSON.stringify(value)
  return typeof value === 'number' ? String(value) : (value as string)
}

/** A block's sessions as CSV (RFC 4180, UTF-8 with BOM), readable columns first. */
export function sessionsToCsv(
  clientName: string,
  block: Pick<Block, 'name' | 'startDate' | 'weeks'>,
  sessions: readonly BlockSession[],
): string {
  const rows = sessions.map((s) => [
    clientName,
    block.name,
    String(s.weekIndex + 1),
    sessionDate(block.startDate, s.weekIndex, s.day),
    WEEKDAY_NAMES[s.day]!,
    `${s.start}–${endTime(s)}`,
    sessionTitle(s),
    prescription(s),
    block.weeks[s.weekIndex]?.phase ?? '',
    cell(block.weeks[s.weekIndex]?.deload, 'boolean'),
    ...FIELDS.map(([, field, kind]) => cell(s[field], kind)),
  ])
  return writeCsv([SESSIONS_CSV_HEADER, ...rows])
}

function value(text: string, kind: Kind): unknown {
  if (text === '') return undefined
  // Not a number unless plainly one ("0x7" is text, which the schema then refuses).
  if (kind === 'number') return plainNumber(text) ?? text
  if (kind === 'boolean') return text === 'yes' ? true : text === 'no' ? false : text
  if (kind === 'json') {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  return unguard(text)
}

/**
 * Sessions back from a CSV this app exported, with the phase and deload flag of each week that has
 * sessions (a file from before those columns gives none). Every problem names its line and column
 * (`line 4: Minutes: duration must be at least 1 minute`), and any problem rejects the file.
 */
export function sessionsFromCsv(
  text: string,
  /** Where exercise lines are looked up for a strength session's region: the database's library. */
  library: ExerciseIndex = SEED_INDEX,
):
  | { ok: true; sessions: BlockSession[]; weeks: Map<number, WeekSettings> }
  | { ok: false; issues: FieldIssue[] } {
  const table = parseDelimited(text)
  if (!table.ok) {
    return {
      ok: false,
      issues: table.problems.map((p) => ({
        path: `line ${p.row}`,
        message: p.column ? `${p.column}: ${p.message}` : p.message,
      })),
    }
  }
  const { header, rows } = table
  const columns = new Map(header.map((name, i) => [name, i]))
  const missing = FIELDS.filter(([column]) => !columns.has(column) && !ADDED_LATER.has(column)).map(
    ([column]) => column,
  )
  if (missing.length > 0) {
    return {
      ok: false,
      issues: [
        {
          path: 'header',
          message: `not a Blockwise sessions CSV: no ${missing.join(', ')} column`,
        },
      ],
    }
  }
  const sessions: BlockSession[] = []
  const weeks = new Map<number, WeekSettings & { line: number }>()
  const issues: FieldIssue[] = []
  const lineOf = new Map<string, number>()
  rows.forEach(({ row: rowNumber, cells: row }) => {
    const line = `line ${rowNumber}`
    const raw: Record<string, unknown> = {}
    for (const [column, field, kind] of FIELDS) {
      const v = value(row[columns.get(column)!] ?? '', kind)
      if (v !== undefined) raw[field] = v
    }
    if (raw.attachedTo === undefined) raw.attachedTo = null
    if (raw.tag === undefined) raw.tag = null
    const parsed = BlockSessionSchema.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issuePath(issue.path).split('.')[0]
        const column = FIELDS.find(([, f]) => f === field)?.[0] ?? field
        issues.push({ path: line, message: `${column}: ${issue.message}` })
      }
      return
    }
    const noRegion = regionProblem(parsed.data, library)
    if (noRegion) {
      issues.push({ path: line, message: `Region: ${noRegion}` })
      return
    }
    sessions.push(parsed.data)
    lineOf.set(parsed.data.id, rowNumber)
    if (!columns.has('Phase')) return
    const week = WeekSettingsSchema.safeParse({
      phase: row[columns.get('Phase')!],
      deload: value(row[columns.get('Deload') ?? -1] ?? '', 'boolean') ?? false,
    })
    if (!week.success) {
      issues.push({ path: line, message: `Phase: ${week.error.issues[0]!.message}` })
      return
    }
    const weekIndex = parsed.data.weekIndex
    const seen = weeks.get(weekIndex)
    if (!seen) weeks.set(weekIndex, { ...week.data, line: rowNumber })
    else if (seen.phase !== week.data.phase || seen.deload !== week.data.deload) {
      issues.push({
        path: line,
        message: `Phase: week ${weekIndex + 1} is ${weekWords(week.data)} here but ${weekWords(seen)} on line ${seen.line}`,
      })
    }
  })
  const loop = attachmentLoop(sessions)
  if (loop) {
    issues.push({
      path: `line ${lineOf.get(loop[0]!)}`,
      message: `Attached to: these sessions are attached in a loop (${loopWords(loop)})`,
    })
  }
  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    sessions,
    weeks: new Map([...weeks].map(([i, { phase, deload }]) => [i, { phase, deload }])),
  }
}

const weekWords = (w: WeekSettings) => `"${w.phase}"${w.deload ? ' (deload)' : ''}`
