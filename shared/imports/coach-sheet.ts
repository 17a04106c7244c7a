import type { ExerciseIndex } from '../exercises/exercise-index'
import { SEED_INDEX, nameKey } from '../exercises/exercise-index'
import { readTime } from '../plans/lenient-values'
import { readTitle } from './workout-kind'
import { parseCompactLine, readPaceTarget } from '../exercises/compact-line'
import { kgFromUnit } from '../exercises/loads'
import type {
  Exercise,
  Modality,
  PaceTarget,
  RunType,
  StrengthRegion,
} from '../schemas/session.schema'
import { delimitedHeader, parseDelimited } from '../tables/delimited-text'
import { FIELD_NAMES, SHEET_FIELDS } from './sheet-fields'
import type { SheetField } from './sheet-fields'

/**
 * A coach's own training spreadsheet (CSV or TSV with a header row, one exercise per row) read as
 * a block: the columns are recognised by their usual names (or mapped by the coach), a row whose
 * session columns are blank is another line of the session above, and nothing is taken unless
 * every row is understood: each bad cell is named.
 */

export { FIELD_NAMES, SHEET_FIELDS } from './sheet-fields'
export type { SheetField } from './sheet-fields'

/** Which column (0-based) holds each field; fields a sheet lacks are absent. */
export type ColumnMapping = Partial<Record<SheetField, number>>

/** A sheet of one exercise per row: its header names a week, a day and an exercise. */
export function isCoachSheet(text: string): boolean {
  // Only the header row is read: every paste into the sheet asks, and a paste can be long.
  const mapping = recogniseColumns(delimitedHeader(text))
  return ['week', 'day', 'exercise'].every((f) => mapping[f as SheetField] !== undefined)
}

/** The mapping the header's own names give. */
export function recogniseColumns(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  header.forEach((name, index) => {
    const key = nameKey(name)
    const field = SHEET_FIELDS.find((f) => FIELD_NAMES[f].includes(key))
    if (field && mapping[field] === undefined) mapping[field] = index
  })
  return mapping
}

export interface SheetProblem {
  /** The row in the file, 1 = the header. */
  row: number
  column: string
  text: string
  message: string
}

export interface SheetSession {
  id: string
  week: number
  day: number
  start: string
  durationMin: number
  modality: Modality
  region?: StrengthRegion
  runType?: RunType
  zone?: number
  /** The session RPE: a run's own RPE, or the RPE of a run's only line. */
  rpe?: number
  /** The sheet's own name for the workout ("Legs heavy", "Run - intervals"). */
  title?: string
  notes?: string
  exercises?: Exercise[]
}

export type SheetReading =
  | { ok: true; weeks: number; sessions: SheetSession[]; mapping: ColumnMapping; header: string[] }
  | { ok: false; problems: SheetProblem[]; mapping: ColumnMapping; header: string[] }

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

function readDay(text: string): number | null {
  const t = text.trim().toLowerCase()
  if (/^[1-7]$/.test(t)) return Number(t) - 1
  const index = DAYS.findIndex((d) => t.startsWith(d))
  return index >= 0 && t.length >= 3 ? index : null
}

type Amount =
  | { reps: number; repsMax?: number; perSide?: boolean }
  | { durationSec: number }
  | { distanceM: number }

/** Reps as sheets write them: "5", "6-8", "10/leg", "45 s", "40 min", "800 m", "5 km". */
function readAmount(text: string): Amount | null {
  const t = text.trim().toLowerCase()
  let m = /^(\d+)$/.exec(t)
  if (m) return { reps: Number(m[1]) }
  m = /^(\d+)\s*[-–]\s*(\d+)$/.exec(t)
  if (m && Number(m[2]) >= Number(m[1])) return { reps: Number(m[1]), repsMax: Number(m[2]) }
  m = /^(\d+)\s*(?:\/\s*|per\s*|each\s*)(?:leg|side|arm)$/.exec(t)
  if (m) return { reps: Number(m[1]), perSide: true }
  m = /^(\d+(?:[.,]\d+)?)\s*(s|sec|secs|seconds|min|mins|minutes|m|km)$/.exec(t)
  if (!m) return null
  const value = Number(m[1]!.replace(',', '.'))
  const unit = m[2]!
  if (unit === 'm') return { distanceM: value }
  if (unit === 'km') return { distanceM: value * 1000 }
  return { durationSec: Math.round(unit.startsWith('s') ? value : value * 60) }
}

type Intensity =
  | { pct1rm: number }
  | { rpe: number }
  | { loadKg: number }
  | { zone: number }
  | { pace: PaceTarget }

/** An intensity as sheets write it: "80%", "RPE 7", "60 kg", "135 lb", "Z2", "5K pace". */
function readIntensity(text: string): Intensity | null {
  const pace = readPaceTarget(text)
  if (pace) return { pace }
  const t = text.trim().toLowerCase().replace(',', '.')
  let m = /^(\d+(?:\.\d+)?)\s*%$/.exec(t)
  if (m) return { pct1rm: Number(m[1]) }
  m = /^(?:@\s*)?rpe\s*(\d+(?:\.5)?)$/.exec(t)
  if (m) return { rpe: Number(m[1]) }
  m = /^(\d+(?:\.\d+)?)\s*(kg|lb|lbs)$/.exec(t)
  if (m)
    return {
      loadKg: m[2] === 'kg' ? Number(m[1]) : kgFromUnit(Number(m[1]), { unit: 'lb', increment: 1 }),
    }
  m = /^(?:z|zone\s*)([1-5])$/.exec(t)
  if (m) return { zone: Number(m[1]) }
  return null
}

/** Rest as "3:00", "90 s", "2 min", with words after it ("2:00 jog") kept as a note. */
function readRest(text: string): { restSec: number; words: string } | null {
  const m = /^(\d+)(?::([0-5]\d))?\s*(s|sec|min)?\b\s*(.*)$/i.exec(text.trim())
  if (!m) return null
  const seconds =
    m[2] !== undefined
      ? Number(m[1]) * 60 + Number(m[2])
      : /min/i.test(m[3] ?? '')
        ? Number(m[1]) * 60
        : Number(m[1])
  return { restSec: seconds, words: m[4]!.trim() }
}

/** Minutes a session of lines takes: sets of work and rest, warm-up, in 5-min steps. */
function estimateMinutes(session: { modality: Modality; exercises?: Exercise[] }): number {
  const lines = session.exercises ?? []
  let seconds = 0
  for (const l of lines) {
    const sets = l.sets ?? 1
    const rest = l.restSec ?? 90
    // A set of reps takes about 45 s; distance work is reckoned at 4:30 /km.
    const work = l.durationSec ?? (l.distanceM !== undefined ? (l.distanceM / 1000) * 270 : 45)
    seconds += sets * (work + rest)
  }
  const warmUp = session.modality === 'strength' ? 10 : 20
  return Math.max(15, Math.ceil((seconds / 60 + warmUp) / 5) * 5)
}

const SESSION_COLUMNS: SheetField[] = ['week', 'day', 'time', 'session']

/**
 * Reads a coach's sheet. `mapping` overrides the recognised columns (the app's mapping step);
 * `library` resolves exercise names (for cardio rows that are the session itself).
 */
export function readCoachSheet(
  text: string,
  options: { mapping?: ColumnMapping; library?: ExerciseIndex } = {},
): SheetReading {
  const table = parseDelimited(text)
  if (!table.ok) {
    const header = delimitedHeader(text)
    return {
      ok: false,
      mapping: options.mapping ?? recogniseColumns(header),
      header,
      problems: table.problems.map((p) => ({ ...p, text: '' })),
    }
  }
  const { header, rows } = table
  const mapping = options.mapping ?? recogniseColumns(header)
  const library = options.library ?? SEED_INDEX
  const problems: SheetProblem[] = []
  const missing = (['week', 'day', 'exercise'] as const).filter((f) => mapping[f] === undefined)
  if (missing.length > 0) {
    return {
      ok: false,
      mapping,
      header,
      problems: missing.map((f) => ({
        row: 1,
        column: f,
        text: '',
        message: `No column for ${f}: name one ${FIELD_NAMES[f]
          .slice(0, 2)
          .map((n) => `"${n}"`)
          .join(' or ')}, or map it`,
      })),
    }
  }
  const cell = (row: string[], field: SheetField) =>
    mapping[field] === undefined ? '' : (row[mapping[field]] ?? '').trim()
  const label = (field: SheetField) =>
    mapping[field] === undefined ? field : (header[mapping[field]] ?? field)
  const sessions: SheetSession[] = []
  rows.forEach(({ row: rowNumber, cells: row }) => {
    const bad = (field: SheetField, message: string) =>
      problems.push({ row: rowNumber, column: label(field), text: cell(row, field), message })
    let session = sessions.at(-1)
    // Sheets repeat the week and day on every line of a session (or leave them blank): a row
    // starts a session when it names a time or a session, or moves to another week or day.
    const sameDay =
      session !== undefined &&
      (cell(row, 'week') === '' || Number(cell(row, 'week')) === session.week) &&
      (cell(row, 'day') === '' || readDay(cell(row, 'day')) === session.day)
    const startsSession =
      cell(row, 'time') !== '' ||
      cell(row, 'session') !== '' ||
      (!sameDay && SESSION_COLUMNS.some((f) => cell(row, f) !== ''))
    if (startsSession) {
      const week = Number(cell(row, 'week'))
      if (!Number.isInteger(week) || week < 1 || week > 52) bad('week', 'a week number from 1')
      const day = readDay(cell(row, 'day'))
      if (day === null) bad('day', 'a day like Mon or Monday')
      const timeText = cell(row, 'time')
      const start = timeText === '' ? '07:00' : readTime(timeText)
      if (start === null) bad('time', 'a time like 07:00 or 7am')
      const workout = cell(row, 'session')
      const title = workout || cell(row, 'exercise')
      const kind =
        readTitle(title, library) ??
        (() => {
          const known = library.find(cell(row, 'exercise'))
          return known
            ? { modality: known.modality, ...(known.runType ? { runType: known.runType } : {}) }
            : null
        })()
      if (!kind) bad('session', 'a session like "Lower strength", "Easy run" or "Intervals"')
      if (day === null || start === null || !kind || !Number.isInteger(week)) {
        sessions.push({
          id: `row${rowNumber}`,
          week: 1,
          day: 0,
          start: '07:00',
          durationMin: 0,
          modality: 'other',
        })
      } else {
        sessions.push({
          id: `w${week}-${DAYS[day]}-${start.replace(':', '')}`,
          week,
          day,
          start,
          durationMin: 0,
          ...kind,
          // The sheet's name for the workout is kept: the coach and the client know it by it.
          ...(workout ? { title: workout } : {}),
        })
      }
      session = sessions.at(-1)
    } else if (!session) {
      bad('week', 'the first row names its week, day and session')
      return
    }
    readLineInto(session!, row, { cell, bad, library })
  })
  if (problems.length > 0) return { ok: false, problems, mapping, header }
  for (const s of sessions) {
    if (!s.notes) delete s.notes
    if (s.durationMin === 0) s.durationMin = estimateMinutes(s)
    // "8 x 400 m at RPE 9" is how hard the whole run is: the session's RPE, which the engine reads.
    const only = s.exercises?.length === 1 ? s.exercises[0] : undefined
    if (s.modality !== 'strength' && s.rpe === undefined && only?.rpe !== undefined)
      s.rpe = Math.round(only.rpe)
  }
  const seen = new Map<string, number>()
  for (const s of sessions) {
    // Two sessions at one time of one day: the second keeps its own id.
    const n = (seen.get(s.id) ?? 0) + 1
    seen.set(s.id, n)
    if (n > 1) s.id = `${s.id}-${n}`
  }
  // A loop, not Math.max(...weeks): a spread of 150,000 arguments overflows the call stack.
  const weeks = sessions.reduce((most, s) => Math.max(most, s.week), 1)
  return { ok: true, weeks, sessions, mapping, header }
}

/** A row's exercise: a line of the session, or (a run or other cardio) the session's own numbers. */
function readLineInto(
  session: SheetSession,
  row: string[],
  tools: {
    cell: (row: string[], f: SheetField) => string
    bad: (f: SheetField, message: string) => void
    library: ExerciseIndex
  },
): void {
  const { cell, bad, library } = tools
  const name = cell(row, 'exercise')
  const setsText = cell(row, 'sets')
  const sets = setsText === '' ? undefined : Number(setsText)
  if (sets !== undefined && (!Number.isInteger(sets) || sets < 1 || sets > 50))
    bad('sets', 'a whole number of sets, 1 to 50')
  const repsText = cell(row, 'reps')
  const amount = repsText === '' ? null : readAmount(repsText)
  if (repsText !== '' && !amount)
    bad('reps', 'reps like 5, 6-8, 10/leg, or a time or distance like 40 min, 45 s, 800 m')
  const intensityText = cell(row, 'intensity')
  const intensity = intensityText === '' ? null : readIntensity(intensityText)
  if (intensityText !== '' && !intensity)
    bad('intensity', 'an intensity like 80%, RPE 7, 60 kg, Z2 or 5K pace')
  const rpeText = cell(row, 'rpe')
  const rpe = rpeText === '' ? undefined : Number(rpeText.replace(',', '.'))
  if (rpe !== undefined && !(rpe >= 1 && rpe <= 10 && Number.isInteger(rpe * 2)))
    bad('rpe', 'an RPE from 1 to 10')
  const restText = cell(row, 'rest')
  const rest = restText === '' ? null : readRest(restText)
  if (restText !== '' && !rest) bad('rest', 'a rest like 2:00, 90 s or 2 min')
  const notes = cell(row, 'notes')
  if (name === '') {
    if (notes) session.notes = [session.notes, notes].filter(Boolean).join(' · ')
    return
  }
  // "Back squat 5x5 @80%" or "6x800m @5K pace" in the Exercise cell alone: the line as coaches
  // write it in one cell, read as the sheet's editor reads it (never stored as a name, and
  // "5x5 1e9kg" refused on its cell rather than kept as text).
  const onlyTheExercise = [setsText, repsText, intensityText, restText].every((t) => t === '')
  if (onlyTheExercise && /\d/.test(name)) {
    const compact = parseCompactLine(name)
    if (!compact.ok) return bad('exercise', compact.message)
    const { name: written, ...prescribed } = compact.line
    if (Object.keys(prescribed).length > 0) {
      const line: Exercise = { ...compact.line, name: library.find(written)?.name ?? written }
      if (rpe !== undefined && line.rir === undefined) line.rpe = rpe
      if (notes) line.notes = notes
      session.exercises = [...(session.exercises ?? []), line]
      return
    }
  }
  const known = library.find(name)
  const zone = intensity && 'zone' in intensity ? intensity.zone : undefined
  if (zone !== undefined) session.zone = zone
  const effort = rpe ?? (intensity && 'rpe' in intensity ? intensity.rpe : undefined)
  const isCardioSession = session.modality !== 'strength'
  // "Easy run · 40 min · Z2" is the run itself, not a line of it.
  if (
    isCardioSession &&
    sets === undefined &&
    (known?.modality === session.modality || !amount || 'durationSec' in amount)
  ) {
    if (amount && 'durationSec' in amount) session.durationMin = Math.round(amount.durationSec / 60)
    // "Long run · 90 min · RPE 5": the run's own RPE.
    if (effort !== undefined) session.rpe = Math.round(effort)
    if (notes) session.notes = [session.notes, notes].filter(Boolean).join(' · ')
    return
  }
  // A known exercise is stored under the library's name, so "BS" and "Back squat" import alike.
  const line: Exercise = { name: known?.name ?? name }
  if (sets !== undefined) line.sets = sets
  if (amount) Object.assign(line, amount)
  if (intensity && !('zone' in intensity)) Object.assign(line, intensity)
  if (rpe !== undefined) line.rpe = rpe
  if (rest) line.restSec = rest.restSec
  const lineNotes = [
    rest?.words ? `${rest.words} between` : '',
    isCardioSession ? '' : notes,
  ].filter(Boolean)
  if (lineNotes.length > 0) line.notes = lineNotes.join(' · ')
  if (isCardioSession && notes) session.notes = [session.notes, notes].filter(Boolean).join(' · ')
  session.exercises = [...(session.exercises ?? []), line]
}

/** The sheet as a `blockwise-block@1` plan (docs/plan-format.md) to import for a client. */
export function sheetPlan(reading: Extract<SheetReading, { ok: true }>, startDate: string) {
  return {
    format: 'blockwise-block@1',
    client: { goal: 'hybrid' },
    startDate,
    weeks: Array.from({ length: reading.weeks }, (_, w) => ({
      phase: 'build',
      deload: false,
      sessions: reading.sessions.filter((s) => s.week === w + 1).map(({ week: _week, ...s }) => s),
    })),
  }
}
