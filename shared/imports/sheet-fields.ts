/**
 * The fields of a coach's training sheet (one exercise per row), and the header names each is
 * recognised by: apart from the reader, so the import contract can name them without it.
 */
export const SHEET_FIELDS = [
  'week',
  'day',
  'time',
  'session',
  'exercise',
  'sets',
  'reps',
  'intensity',
  'rpe',
  'rest',
  'notes',
] as const
export type SheetField = (typeof SHEET_FIELDS)[number]

/** The header names each field is recognised by (compared ignoring case, spaces and hyphens). */
export const FIELD_NAMES: Record<SheetField, string[]> = {
  week: ['week', 'wk', 'week #', 'week no'],
  day: ['day', 'weekday', 'day of week'],
  time: ['time', 'start', 'start time'],
  session: ['session', 'workout', 'session name', 'workout name'],
  exercise: ['exercise', 'exercise name', 'movement', 'lift'],
  sets: ['sets', 'set'],
  reps: ['reps', 'rep', 'reps/time', 'volume'],
  intensity: ['intensity', '%', '% 1rm', '%1rm', 'load', 'kg', 'weight'],
  rpe: ['rpe'],
  rest: ['rest', 'recovery'],
  notes: ['notes', 'comments', 'comment', 'note', 'cues'],
}
