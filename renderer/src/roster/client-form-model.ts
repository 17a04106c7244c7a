import { plainNumber } from '../../../shared/tables/cell-values'
import type { FieldIssue } from '../../../shared/contract/result'
import type { Client, ClientInputDraft, Injury } from '../../../shared/schemas/client.schema'
import { WEEKDAY_NAMES } from '../../../shared/schemas/common.schema'

export type TriState = 'auto' | 'yes' | 'no'

export interface InjuryRow {
  region: Injury['region']
  structure: string
  runningRelated: boolean
  onsetDate: string
  status: Injury['status']
}

/** The form's own state: text as typed, so a half-typed number is never lost or coerced. */
export interface ClientFormValues {
  name: string
  email: string
  goal: Client['goal']
  competitiveLevel: Client['competitiveLevel']
  experienceStrength: Client['experienceStrength']
  experienceRunning: Client['experienceRunning']
  canRunMile: boolean
  ageYears: string
  sex: '' | NonNullable<Client['sex']>
  bodyMassKg: string
  sleepAvg7dH: string
  lifeStress: string
  energyDeficit: '' | NonNullable<Client['energyDeficit']>
  recoversSlowly: boolean
  limitedRecoveryOverride: TriState
  habitualBedtime: string
  habitualWake: string
  limitAvailability: boolean
  availability: string[]
  maxSessionsPerDay: string
  restDays: boolean[]
  enduranceBlockWeek: string
  adviceEnabled: boolean
  injuryProneLowerOverride: TriState
  injuryHistory: InjuryRow[]
  notes: string
}

/** The form fields that hold typed text (numbers are typed as text first). */
type TextFieldKey = {
  [K in keyof ClientFormValues]: ClientFormValues[K] extends string ? K : never
}[keyof ClientFormValues]

/** Field key → message; keys are contract paths (`injuryHistory.0.structure`, `availability.2`). */
export type FieldErrors = Record<string, string>

const textOf = (value: number | null) => (value === null ? '' : String(value))
const triOf = (value: boolean | null): TriState => (value === null ? 'auto' : value ? 'yes' : 'no')
const boolOf = (value: TriState) => (value === 'auto' ? null : value === 'yes')

export function emptyClientForm(): ClientFormValues {
  return {
    name: '',
    email: '',
    goal: 'hybrid',
    competitiveLevel: 'recreational',
    experienceStrength: 'intermediate',
    experienceRunning: 'intermediate',
    canRunMile: true,
    ageYears: '',
    sex: '',
    bodyMassKg: '',
    sleepAvg7dH: '',
    lifeStress: '',
    energyDeficit: '',
    recoversSlowly: false,
    limitedRecoveryOverride: 'auto',
    habitualBedtime: '',
    habitualWake: '',
    limitAvailability: false,
    availability: WEEKDAY_NAMES.map(() => '06:00-21:00'),
    maxSessionsPerDay: '2',
    restDays: WEEKDAY_NAMES.map(() => false),
    enduranceBlockWeek: '',
    adviceEnabled: false,
    injuryProneLowerOverride: 'auto',
    injuryHistory: [],
    notes: '',
  }
}

export function clientFormFrom(client: Client): ClientFormValues {
  return {
    name: client.name,
    email: client.email,
    goal: client.goal,
    competitiveLevel: client.competitiveLevel,
    experienceStrength: client.experienceStrength,
    experienceRunning: client.experienceRunning,
    canRunMile: client.canRunMile,
    ageYears: textOf(client.ageYears),
    sex: client.sex ?? '',
    bodyMassKg: textOf(client.bodyMassKg),
    sleepAvg7dH: textOf(client.sleepAvg7dH),
    lifeStress: textOf(client.lifeStress),
    energyDeficit: client.energyDeficit ?? '',
    recoversSlowly: client.recoversSlowly,
    limitedRecoveryOverride: triOf(client.limitedRecoveryOverride),
    habitualBedtime: client.habitualBedtime ?? '',
    habitualWake: client.habitualWake ?? '',
    limitAvailability: client.availability !== null,
    availability: WEEKDAY_NAMES.map((_, day) =>
      (client.availability?.[day] ?? []).map((w) => `${w.start}-${w.end}`).join(', '),
    ),
    maxSessionsPerDay: String(client.maxSessionsPerDay),
    restDays: WEEKDAY_NAMES.map((_, day) => client.restDays.includes(day)),
    enduranceBlockWeek: textOf(client.enduranceBlockWeek),
    adviceEnabled: client.adviceEnabled,
    injuryProneLowerOverride: triOf(client.injuryProneLowerOverride),
    injuryHistory: client.injuryHistory.map((injury) => ({
      ...injury,
      onsetDate: injury.onsetDate ?? '',
    })),
    notes: client.notes,
  }
}

/**
 * Turns what was typed into the contract's input. Only what cannot even be sent (letters in a
 * number, a window without a dash) is reported here; every rule about values — ranges, formats,
 * required fields — is the contract's, and its messages come back from the backend.
 */
export function draftFromForm(values: ClientFormValues): {
  draft: ClientInputDraft
  errors: FieldErrors
} {
  const errors: FieldErrors = {}
  const number = (key: TextFieldKey, label: string): number | null => {
    const text = values[key].trim()
    if (text === '') return null
    // Plain decimals only: Number() would read "0x1e" as 30 and "1e2" as 100.
    const parsed = plainNumber(text)
    if (parsed === null) {
      errors[key] = `${label} must be a plain number, like 72 or 72.5`
      return null
    }
    return parsed
  }
  const availability = values.limitAvailability
    ? values.availability.map((text, day) => {
        const pieces = text
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p !== '')
        return pieces.flatMap((piece) => {
          const match = /^(\S+)\s*[-–]\s*(\S+)$/.exec(piece)
          if (!match) {
            errors[`availability.${day}`] = 'Write windows like 06:00-08:00, 17:00-21:00'
            return []
          }
          return [{ start: match[1] ?? '', end: match[2] ?? '' }]
        })
      })
    : null

  const draft: ClientInputDraft = {
    name: values.name,
    email: values.email.trim(),
    notes: values.notes,
    goal: values.goal,
    competitiveLevel: values.competitiveLevel,
    experienceStrength: values.experienceStrength,
    experienceRunning: values.experienceRunning,
    canRunMile: values.canRunMile,
    ageYears: number('ageYears', 'Age'),
    sex: values.sex === '' ? null : values.sex,
    bodyMassKg: number('bodyMassKg', 'Body mass'),
    sleepAvg7dH: number('sleepAvg7dH', 'Sleep'),
    lifeStress: number('lifeStress', 'Life stress'),
    energyDeficit: values.energyDeficit === '' ? null : values.energyDeficit,
    recoversSlowly: values.recoversSlowly,
    limitedRecoveryOverride: boolOf(values.limitedRecoveryOverride),
    habitualBedtime: values.habitualBedtime.trim() === '' ? null : values.habitualBedtime.trim(),
    habitualWake: values.habitualWake.trim() === '' ? null : values.habitualWake.trim(),
    availability,
    maxSessionsPerDay: number('maxSessionsPerDay', 'Sessions per day') ?? 2,
    restDays: values.restDays.flatMap((rest, day) => (rest ? [day] : [])),
    enduranceBlockWeek: number('enduranceBlockWeek', 'Endurance block week'),
    adviceEnabled: values.adviceEnabled,
    injuryProneLowerOverride: boolOf(values.injuryProneLowerOverride),
    injuryHistory: values.injuryHistory.map((row) => ({
      region: row.region,
      structure: row.structure,
      runningRelated: row.runningRelated,
      onsetDate: row.onsetDate.trim() === '' ? null : row.onsetDate.trim(),
      status: row.status,
    })),
  }
  return { draft, errors }
}

/**
 * Which form field a contract issue belongs to: availability issues go to their day's field
 * (`availability.2.0.end` → `availability.2`), everything else to its own path.
 */
export function fieldForIssue(path: string): string {
  const parts = path.split('.')
  if (parts[0] === 'availability' && parts.length > 1) return `availability.${parts[1]}`
  if (parts[0] === 'restDays') return 'restDays'
  return path === '' ? 'form' : path
}

export function fieldErrorsFrom(issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = fieldForIssue(issue.path)
    errors[field] ??= issue.message
  }
  return errors
}
