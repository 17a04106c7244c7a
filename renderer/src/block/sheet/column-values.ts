import { plainNumber } from '../../../../shared/tables/cell-values'
import {
  MODALITIES,
  PRIORITIES,
  RUN_TYPES,
  STRENGTH_REGIONS,
  SessionFieldsSchema,
  TERRAINS,
} from '../../../../shared/schemas/session.schema'
import type { BlockSession } from '../../../../shared/schemas/block.schema'
import type { SessionChanges } from '../../../../shared/schemas/patch.schema'

/**
 * How the sheet's cells read what the coach types, and say what a session holds: enumerations
 * matched by a unique prefix, numbers checked by the contract's own schema, yes/no, the Log
 * columns' words, and what else changes with the modality.
 */

export const CARDIO = new Set(['run', 'cycle', 'elliptical', 'row', 'swim', 'walk'])
export const words = (value: string) => value.replace(/_/g, ' ')

const option = (value: string) => ({ value, label: words(value) })

/** Matches typed text to an option: the value, its label, or a unique prefix of either. */
export function matchOption(
  text: string,
  options: readonly { value: string; label: string }[],
): string | null {
  const t = text.trim().toLowerCase()
  if (t === '') return null
  const exact = options.find((o) => o.value.toLowerCase() === t || o.label.toLowerCase() === t)
  if (exact) return exact.value
  const prefixed = options.filter(
    (o) => o.value.toLowerCase().startsWith(t) || o.label.toLowerCase().startsWith(t),
  )
  return prefixed.length === 1 ? prefixed[0]!.value : null
}

export function enumParse(field: keyof SessionChanges, noun: string, optional = false) {
  return (text: string, s: BlockSession): { changes: SessionChanges } | { error: string } => {
    const options = COLUMN_OPTIONS[field as string]?.(s) ?? []
    if (optional && text.trim() === '') return { changes: { [field]: null } }
    const value = matchOption(text, options)
    if (value === null)
      return { error: `${noun} must be one of: ${options.map((o) => o.label).join(', ')}` }
    return { changes: { [field]: value } }
  }
}

/** Reads a number field through the contract's own schema, so the sheet says what the backend would. */
export function numberParse(
  field: 'durationMin' | 'topSetReps' | 'pct1rm' | 'zone' | 'rpe' | 'rpeActual' | 'minutesActual',
  label: string,
  optional: boolean,
) {
  return (text: string): { changes: SessionChanges } | { error: string } => {
    const t = text.trim()
    if (t === '')
      return optional ? { changes: { [field]: null } } : { error: `${label} is required` }
    // Plain decimals only: Number() would read "0x10" as 16 and "1e1" as 10.
    const n = plainNumber(t)
    if (n === null) return { error: `${label} must be a number, not "${t}"` }
    const schema = SessionFieldsSchema.shape[field]
    const checked = schema.safeParse(n)
    if (!checked.success)
      return { error: `${label}: ${checked.error.issues[0]?.message ?? 'not allowed'}` }
    return { changes: { [field]: n } }
  }
}

/** What happened to a session, as the Log columns say it ("done" is the coach's word). */
const STATUS_OPTIONS = [
  { value: 'planned', label: 'planned' },
  { value: 'completed', label: 'done' },
  { value: 'skipped', label: 'skipped' },
] as const
export const STATUS_WORD: Record<string, string> = {
  planned: '',
  completed: 'done',
  skipped: 'skipped',
}

export const COLUMN_OPTIONS: Record<
  string,
  (s: BlockSession) => readonly { value: string; label: string }[]
> = {
  modality: () => MODALITIES.map(option),
  region: (s) =>
    s.modality === 'strength'
      ? STRENGTH_REGIONS.map(option)
      : CARDIO.has(s.modality)
        ? RUN_TYPES.map(option)
        : [],
  runType: () => RUN_TYPES.map(option),
  terrain: () => TERRAINS.map(option),
  priority: () => PRIORITIES.map(option),
  status: () => STATUS_OPTIONS,
}

/**
 * What else must change with the modality so the session stays valid and means what the coach
 * typed: a lift needs a region and has no run type; cardio has a type and no lifting fields.
 */
export function companionChanges(s: BlockSession, modality: string): SessionChanges {
  if (modality === s.modality) return {}
  if (modality === 'strength') return { region: s.region ?? 'full', runType: null, zone: null }
  if (CARDIO.has(modality)) {
    return {
      runType: s.runType ?? 'easy',
      region: null,
      topSetReps: null,
      pct1rm: null,
      toFailure: false,
    }
  }
  return { region: null, runType: null, topSetReps: null, pct1rm: null, toFailure: false }
}

export const bool = (value: boolean) => (value ? 'yes' : '')

export function boolParse(field: 'toFailure' | 'locked', label: string) {
  return (text: string): { changes: SessionChanges } | { error: string } => {
    const t = text.trim().toLowerCase()
    if (['', 'no', 'n', 'false', '0', '✗'].includes(t)) return { changes: { [field]: false } }
    if (['yes', 'y', 'true', '1', 'x', '✓'].includes(t)) return { changes: { [field]: true } }
    return { error: `${label}: type yes or no` }
  }
}

/**
 * An actual RPE or minutes: a number the contract accepts, and it marks the session done (a
 * value logged for a session is a session done).
 */
export function logNumber(field: 'rpeActual' | 'minutesActual', label: string) {
  const parse = numberParse(field, label, true)
  return (text: string, s: BlockSession): { changes: SessionChanges } | { error: string } => {
    const parsed = parse(text)
    if ('error' in parsed || parsed.changes[field] === null || s.status === 'completed')
      return parsed
    return { changes: { ...parsed.changes, status: 'completed' } }
  }
}
