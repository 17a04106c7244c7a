import { z } from 'zod'
import {
  IdSchema,
  IsoDateSchema,
  LIMITS,
  TimeOfDaySchema,
  WeekdaySchema,
  minutesOfDay,
  notesText,
  singleLineText,
} from './common.schema'

export const GOALS = [
  'strength',
  'hypertrophy',
  'endurance',
  'general_fitness',
  'fat_loss',
  'hybrid',
] as const
export const GoalSchema = z.enum(GOALS)
export type Goal = z.infer<typeof GoalSchema>

export const EXPERIENCE_LEVELS = ['novice', 'intermediate', 'advanced'] as const
export const ExperienceSchema = z.enum(EXPERIENCE_LEVELS)
export type Experience = z.infer<typeof ExperienceSchema>

export const COMPETITIVE_LEVELS = ['recreational', 'competitive', 'elite'] as const
export const CompetitiveLevelSchema = z.enum(COMPETITIVE_LEVELS)

export const BODY_REGIONS = ['lower', 'upper', 'trunk'] as const
export const InjuryRegionSchema = z.enum(BODY_REGIONS)

export const ENERGY_DEFICITS = ['none', 'moderate', 'large'] as const
export const EnergyDeficitSchema = z.enum(ENERGY_DEFICITS)

export const SEXES = ['female', 'male', 'other'] as const
export const SexSchema = z.enum(SEXES)

/** One window of the day in which the client can train; end is after start. */
export const TimeWindowSchema = z
  .strictObject({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .refine((w) => minutesOfDay(w.end) > minutesOfDay(w.start), {
    error: 'end must be later than start',
    path: ['end'],
  })
export type TimeWindow = z.infer<typeof TimeWindowSchema>

/** Seven lists of windows, Monday first (docs/plan-format.md `availability`). */
export const AvailabilitySchema = z
  .array(z.array(TimeWindowSchema).max(6, { error: 'at most 6 windows a day' }), {
    error: 'availability must be a list of 7 days',
  })
  .length(7, { error: 'availability must list exactly 7 days, Monday first' })
export type Availability = z.infer<typeof AvailabilitySchema>

/**
 * The client profile as the plan interchange format and the engine read it (docs/plan-format.md).
 * In the app, injuryProneLower and activeInjuryRegions are derived from the injury history.
 */
export const ClientProfileSchema = z.strictObject({
  goal: GoalSchema,
  experienceStrength: ExperienceSchema.default('intermediate'),
  experienceRunning: ExperienceSchema.default('intermediate'),
  canRunMile: z.boolean().default(true),
  competitiveLevel: CompetitiveLevelSchema.default('recreational'),
  injuryProneLower: z.boolean().default(false),
  activeInjuryRegions: z.array(InjuryRegionSchema).max(3).default([]),
  sleepAvg7dH: z.number().min(0).max(24).optional(),
  lifeStress: z.number().int().min(1).max(5).optional(),
  energyDeficit: EnergyDeficitSchema.optional(),
  recoversSlowly: z.boolean().optional(),
  limitedRecovery: z.boolean().optional(),
  habitualBedtime: TimeOfDaySchema.optional(),
  habitualWake: TimeOfDaySchema.optional(),
  availability: AvailabilitySchema.optional(),
  maxSessionsPerDay: z.number().int().min(1).max(6).default(2),
  restDays: z.array(WeekdaySchema).max(7).optional(),
  bodyMassKg: z.number().positive().max(400).optional(),
  enduranceBlockWeek: z.number().int().min(0).max(520).optional(),
  adviceEnabled: z.boolean().default(false),
  /** v1.1: 1RM per lift (library name or alias), for loads from %1RM. */
  maxes: z
    .record(
      z.string().min(1).max(LIMITS.shortTextChars),
      z.strictObject({
        oneRmKg: z.number().gt(0).max(1000),
        date: IsoDateSchema.optional(),
        trainingMaxPct: z.number().min(50).max(100).optional(),
      }),
    )
    .optional(),
  /** v1.1: how the client's loads are written. */
  units: z.enum(['kg', 'lb']).optional(),
  /** v1.1: the smallest load step, in kg (2.5 unless given). */
  loadIncrementKg: z.number().min(0.25).max(50).optional(),
  /** v1.1: lactate-threshold pace, for run pace bands. */
  thresholdPaceSecPerKm: z.number().min(150).max(900).optional(),
})
export type ClientProfile = z.infer<typeof ClientProfileSchema>

export const INJURY_STATUSES = ['active', 'resolved', 'recurrent'] as const

/** docs/engine-rules.md §2.1 `injury_history[]`. */
export const InjurySchema = z.strictObject({
  region: InjuryRegionSchema,
  structure: singleLineText('Injured structure', LIMITS.shortTextChars).min(1, {
    error: 'Say what was injured (e.g. "left Achilles")',
  }),
  runningRelated: z.boolean(),
  onsetDate: IsoDateSchema.nullable(),
  status: z.enum(INJURY_STATUSES),
})
export type Injury = z.infer<typeof InjurySchema>

const optionalNumber = (schema: z.ZodNumber) => schema.nullable().default(null)

/**
 * What a coach enters for a client: everything the engine needs plus contact details and notes.
 * Optional measurements are `null` when unknown so a form can clear them.
 */
export const ClientInputSchema = z.strictObject({
  name: singleLineText('Name', LIMITS.nameChars).min(1, { error: 'Name is required' }),
  email: singleLineText('Email', LIMITS.emailChars)
    .refine((text) => text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text), {
      error: 'Email must look like name@example.com',
    })
    .default(''),
  notes: notesText('Notes').default(''),
  goal: GoalSchema,
  experienceStrength: ExperienceSchema.default('intermediate'),
  experienceRunning: ExperienceSchema.default('intermediate'),
  canRunMile: z.boolean().default(true),
  competitiveLevel: CompetitiveLevelSchema.default('recreational'),
  ageYears: optionalNumber(
    z
      .number()
      .int({ error: 'Age must be a whole number' })
      .min(10, { error: 'Age must be at least 10' })
      .max(110, { error: 'Age must be at most 110' }),
  ),
  sex: SexSchema.nullable().default(null),
  bodyMassKg: optionalNumber(
    z
      .number()
      .min(25, { error: 'Body mass must be at least 25 kg' })
      .max(400, { error: 'Body mass must be at most 400 kg' }),
  ),
  injuryHistory: z.array(InjurySchema).max(LIMITS.listItems).default([]),
  /** null = derive from the injury history (docs/engine-rules.md §2.1); true/false = coach override. */
  injuryProneLowerOverride: z.boolean().nullable().default(null),
  sleepAvg7dH: optionalNumber(
    z
      .number()
      .min(0, { error: 'Sleep must be between 0 and 24 hours' })
      .max(24, { error: 'Sleep must be between 0 and 24 hours' }),
  ),
  lifeStress: optionalNumber(
    z
      .number()
      .int({ error: 'Life stress is a whole number from 1 to 5' })
      .min(1, { error: 'Life stress is from 1 (low) to 5 (very high)' })
      .max(5, { error: 'Life stress is from 1 (low) to 5 (very high)' }),
  ),
  energyDeficit: EnergyDeficitSchema.nullable().default(null),
  recoversSlowly: z.boolean().default(false),
  /** null = derive (sleep, stress, deficit, slow recovery); true/false = coach override. */
  limitedRecoveryOverride: z.boolean().nullable().default(null),
  habitualBedtime: TimeOfDaySchema.nullable().default(null),
  habitualWake: TimeOfDaySchema.nullable().default(null),
  /** null = always available. */
  availability: AvailabilitySchema.nullable().default(null),
  maxSessionsPerDay: z
    .number()
    .int({ error: 'Sessions per day must be a whole number' })
    .min(1, { error: 'Allow at least 1 session a day' })
    .max(6, { error: 'At most 6 sessions a day' })
    .default(2),
  restDays: z
    .array(WeekdaySchema)
    .max(7)
    .refine((days) => new Set(days).size === days.length, { error: 'a rest day is listed twice' })
    .default([]),
  enduranceBlockWeek: optionalNumber(
    z
      .number()
      .int({ error: 'Endurance block week must be a whole number' })
      .min(0, { error: 'Endurance block week cannot be negative' })
      .max(520, { error: 'Endurance block week must be at most 520' }),
  ),
  adviceEnabled: z.boolean().default(false),
})
export type ClientInput = z.infer<typeof ClientInputSchema>
export type ClientInputDraft = z.input<typeof ClientInputSchema>

/** A stored client. */
export const ClientSchema = ClientInputSchema.extend({
  id: IdSchema,
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Client = z.infer<typeof ClientSchema>

/**
 * One row of a clients CSV as checked before anything is written: its line (the header is line 1),
 * the name it gives, whether it can be imported, and what is wrong, by column as written in the file.
 */
export const ClientCsvRowSchema = z.strictObject({
  line: z.number().int(),
  name: z.string(),
  ok: z.boolean(),
  issues: z.array(z.strictObject({ column: z.string(), message: z.string() })),
})
export type ClientCsvRow = z.infer<typeof ClientCsvRowSchema>

/** One row of the roster list. */
export const ClientSummarySchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  goal: GoalSchema,
  experienceStrength: ExperienceSchema,
  experienceRunning: ExperienceSchema,
  archived: z.boolean(),
  activeBlock: z
    .strictObject({ id: IdSchema, name: z.string(), startDate: z.string(), weeks: z.number() })
    .nullable(),
  lastEditedAt: z.string(),
})
export type ClientSummary = z.infer<typeof ClientSummarySchema>
