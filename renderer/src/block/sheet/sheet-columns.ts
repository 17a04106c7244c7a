import type { CSSProperties } from 'react'
import { WEEKDAY_SHORT } from '../../../../shared/schemas/common.schema'
import { WEEKDAY_NAMES } from '../../../../shared/schemas/common.schema'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { SessionChanges } from '../../../../shared/schemas/patch.schema'
import { readDuration, readSessionKind, readTime } from '../../../../shared/plans/lenient-values'
import { deriveStrengthFields } from '../../../../shared/exercises/derive-session'
import type { ExerciseIndex } from '../../../../shared/exercises/exercise-index'
import { SessionFieldsSchema } from '../../../../shared/schemas/session.schema'
import type { StrengthRegion } from '../../../../shared/schemas/session.schema'
import {
  CARDIO,
  COLUMN_OPTIONS,
  STATUS_WORD,
  bool,
  boolParse,
  companionChanges,
  enumParse,
  logNumber,
  numberParse,
  words,
} from './column-values'

export type ColumnKind = 'enum' | 'time' | 'number' | 'bool' | 'text' | 'readonly'

/** One column of the sheet: how to show a session's value and how to read typed text back. */
export interface SheetColumn {
  id: string
  label: string
  width: number
  kind: ColumnKind
  /** The options of an enumeration for this session (value, label). */
  options?: (s: BlockSession) => readonly { value: string; label: string }[]
  show(s: BlockSession): string
  /**
   * What an emptied cell (Delete, Backspace, a blank pasted cell) becomes: text to read as if
   * typed (the default of a required field), or null when the cell cannot be emptied (a session
   * always has a week, a day and a start). Absent: the empty text itself (an optional field).
   */
  blank?: (s: BlockSession) => string | null
  /** Typed or pasted text → the changes to save, or the message to show in the cell. */
  parse?(
    text: string,
    s: BlockSession,
    weekCount: number,
  ): { changes: SessionChanges } | { error: string }
}

/** The region a strength session's exercise lines load, when the library knows them. */
export function regionFromLines(
  s: BlockSession,
  library: ExerciseIndex,
): StrengthRegion | undefined {
  return s.exercises?.length ? deriveStrengthFields(s.exercises, library).region : undefined
}

/** The editable columns, in sheet order (docs/plan-format.md session fields a coach edits). */
export const SHEET_COLUMNS: SheetColumn[] = [
  {
    id: 'week',
    label: 'Week',
    width: 56,
    kind: 'number',
    show: (s) => String(s.weekIndex + 1),
    blank: () => null,
    parse: (text, _s, weekCount) => {
      const n = Number(text.trim())
      if (!Number.isInteger(n) || n < 1 || n > weekCount)
        return { error: `Week must be from 1 to ${weekCount}` }
      return { changes: { weekIndex: n - 1 } }
    },
  },
  {
    id: 'day',
    label: 'Day',
    width: 64,
    kind: 'enum',
    options: () => WEEKDAY_SHORT.map((label, i) => ({ value: String(i), label })),
    show: (s) => WEEKDAY_SHORT[s.day] ?? '',
    blank: () => null,
    parse: (text) => {
      const t = text.trim().toLowerCase()
      const index = WEEKDAY_NAMES.findIndex(
        (name) => t.length >= 2 && name.toLowerCase().startsWith(t),
      )
      if (index < 0) return { error: 'Day must be a weekday, e.g. Mon or Tuesday' }
      return { changes: { day: index } }
    },
  },
  {
    id: 'start',
    label: 'Start',
    width: 70,
    kind: 'time',
    show: (s) => s.start,
    blank: () => null,
    parse: (text) => {
      const time = readTime(text)
      return time
        ? { changes: { start: time } }
        : { error: `Start must be a time like 07:00, 7am or 19.30, not "${text.trim()}"` }
    },
  },
  {
    id: 'duration',
    label: 'Minutes',
    width: 76,
    kind: 'number',
    show: (s) => String(s.durationMin),
    blank: () => '30',
    parse: (text) => {
      const minutes = readDuration(text)
      const plainNumber = Number.isFinite(Number(text.trim().replace(',', '.')))
      if (minutes === null && !plainNumber)
        return { error: `Minutes must be a duration like 45, 1h or 1:15, not "${text.trim()}"` }
      // A number the schema refuses (-5, 0) gets the schema's own message.
      return numberParse('durationMin', 'Minutes', false)(minutes === null ? text : String(minutes))
    },
  },
  {
    id: 'modality',
    label: 'Modality',
    width: 100,
    kind: 'enum',
    options: COLUMN_OPTIONS.modality,
    show: (s) => words(s.modality),
    blank: () => 'run',
    parse: (text, s) => {
      // "squat", "HIIT", "easy run": what the session is, in the words coaches write.
      const kind = readSessionKind(text)
      if (kind) return { changes: { ...companionChanges(s, kind.modality!), ...kind } }
      const parsed = enumParse('modality', 'Modality')(text, s)
      if ('error' in parsed) return parsed
      return { changes: { ...parsed.changes, ...companionChanges(s, parsed.changes.modality!) } }
    },
  },
  {
    id: 'type',
    label: 'Type / region',
    width: 118,
    kind: 'enum',
    options: COLUMN_OPTIONS.region,
    show: (s) => words((s.modality === 'strength' ? s.region : s.runType) ?? ''),
    // A strength session's region may be left to its exercise lines (Back squat: lower). Whether
    // the library knows them is the backend's to say: it holds the coach's own exercises.
    blank: (s) => (s.modality === 'strength' && !s.exercises?.length ? 'full' : ''),
    parse: (text, s) => {
      const field = s.modality === 'strength' ? 'region' : 'runType'
      // Mobility and the like have no type: left blank there is nothing to take or to say.
      if (s.modality !== 'strength' && !CARDIO.has(s.modality))
        return text.trim() === ''
          ? { changes: {} }
          : { error: `A ${s.modality} session has no type` }
      return enumParse(
        field,
        s.modality === 'strength' ? 'Region' : 'Run type',
        s.modality !== 'strength' || Boolean(s.exercises?.length),
      )(text, s)
    },
  },
  // Read-only: what the engine says about the row's day and the row itself (drawn by the sheet).
  { id: 'stress', label: 'Day stress', width: 86, kind: 'readonly', show: () => '' },
  { id: 'findings', label: 'Findings', width: 210, kind: 'readonly', show: () => '' },
  {
    id: 'reps',
    label: 'Reps',
    width: 56,
    kind: 'number',
    show: (s) => (s.topSetReps === undefined ? '' : String(s.topSetReps)),
    parse: numberParse('topSetReps', 'Reps', true),
  },
  {
    id: 'pct1rm',
    label: '%1RM',
    width: 60,
    kind: 'number',
    show: (s) => (s.pct1rm === undefined ? '' : String(s.pct1rm)),
    parse: numberParse('pct1rm', '%1RM', true),
  },
  {
    id: 'zone',
    label: 'Zone',
    width: 54,
    kind: 'number',
    show: (s) => (s.zone === undefined ? '' : String(s.zone)),
    // Coaches write a zone as 2, Z2, z2 or zone 2.
    parse: (text: string) =>
      numberParse('zone', 'Zone', true)(text.trim().replace(/^z(?:one)?\s*(?=\d)/i, '')),
  },
  {
    id: 'rpe',
    label: 'RPE',
    width: 50,
    kind: 'number',
    show: (s) => (s.rpe === undefined ? '' : String(s.rpe)),
    parse: numberParse('rpe', 'RPE', true),
  },
  {
    id: 'terrain',
    label: 'Terrain',
    width: 96,
    kind: 'enum',
    options: COLUMN_OPTIONS.terrain,
    show: (s) => words(s.terrain),
    blank: () => 'flat',
    parse: enumParse('terrain', 'Terrain'),
  },
  {
    id: 'failure',
    label: 'Failure',
    width: 64,
    kind: 'bool',
    show: (s) => bool(s.toFailure),
    parse: boolParse('toFailure', 'To failure'),
  },
  {
    id: 'priority',
    label: 'Priority',
    width: 82,
    kind: 'enum',
    options: COLUMN_OPTIONS.priority,
    show: (s) => s.priority,
    blank: () => 'normal',
    parse: enumParse('priority', 'Priority'),
  },
  {
    id: 'locked',
    label: 'Locked',
    width: 62,
    kind: 'bool',
    show: (s) => bool(s.locked),
    parse: boolParse('locked', 'Locked'),
  },
  {
    id: 'notes',
    label: 'Notes',
    width: 200,
    kind: 'text',
    show: (s) => s.notes ?? '',
    parse: (text) => {
      const checked = SessionFieldsSchema.shape.notes.safeParse(text)
      if (!checked.success)
        return { error: `Notes: ${checked.error.issues[0]?.message ?? 'too long'}` }
      return { changes: { notes: text === '' ? null : text } }
    },
  },
  // The Log columns, last so they add to the sheet without moving any other column: what was done.
  {
    id: 'status',
    label: 'Status',
    width: 78,
    kind: 'enum',
    options: COLUMN_OPTIONS.status,
    show: (s) => STATUS_WORD[s.status] ?? s.status,
    blank: () => 'planned',
    parse: (text, s) => {
      const parsed = enumParse('status', 'Status')(text, s)
      if ('error' in parsed) return parsed
      // Only a session done has actuals: planned again or skipped, they go.
      return parsed.changes.status === 'completed'
        ? parsed
        : { changes: { ...parsed.changes, rpeActual: null, minutesActual: null } }
    },
  },
  {
    id: 'rpeActual',
    label: 'Actual RPE',
    width: 84,
    kind: 'number',
    show: (s) => (s.rpeActual === undefined ? '' : String(s.rpeActual)),
    parse: logNumber('rpeActual', 'Actual RPE'),
  },
  {
    id: 'minutesActual',
    label: 'Actual min',
    width: 80,
    kind: 'number',
    show: (s) => (s.minutesActual === undefined ? '' : String(s.minutesActual)),
    parse: logNumber('minutesActual', 'Actual minutes'),
  },
]

/** How many columns come before the Log columns (Status, Actual RPE, Actual min). */
export const BASE_COLUMN_COUNT = SHEET_COLUMNS.length - 3

/** The columns shown: all, or all but the Log columns (hidden until the coach shows them). */
export const visibleColumns = (showLog: boolean): readonly SheetColumn[] =>
  showLog ? SHEET_COLUMNS : SHEET_COLUMNS.slice(0, BASE_COLUMN_COUNT)

export const EDITABLE_COLUMNS = SHEET_COLUMNS.filter((c) => c.parse !== undefined)

/** Each column's distance from the sheet's left edge. */
export const COLUMN_LEFT: readonly number[] = SHEET_COLUMNS.map((_, i) =>
  SHEET_COLUMNS.slice(0, i).reduce((sum, c) => sum + c.width, 0),
)

/**
 * The columns that stay in view when the sheet scrolls sideways (Week to Modality), so that on
 * Notes the coach still sees which session they are in, and the width they take.
 */
export const FROZEN_COLUMNS = 5
export const FROZEN_WIDTH = COLUMN_LEFT[FROZEN_COLUMNS] ?? 0

/**
 * Where a frozen cell sticks once the sheet scrolls sideways, as a CSS variable: a plain `left`
 * would also shift the cell while it is not sticky but positioned (the cell being edited), and its
 * editor with it, a column or more to the right.
 */
export const frozenLeft = (col: number) =>
  ({ '--frozen-left': `${COLUMN_LEFT[col] ?? 0}px` }) as CSSProperties

/** The text an emptied cell of `column` becomes for `s`, or null when it stays as it is. */
export function blankText(column: SheetColumn, s: BlockSession): string | null {
  if (!column.parse) return null
  return column.blank ? column.blank(s) : ''
}

/** The next editable column from `col` in direction `step` (±1), or null past the edge. */
export function nextEditableColumn(
  col: number,
  step: 1 | -1,
  /** How many columns are shown: the Log columns may be hidden. */
  count: number = SHEET_COLUMNS.length,
): number | null {
  for (let c = col + step; c >= 0 && c < count; c += step) {
    if (SHEET_COLUMNS[c]!.parse) return c
  }
  return null
}
