import { z } from 'zod'
import { IdSchema, IsoDateSchema, LIMITS, singleLineText } from './common.schema'

export const LOAD_UNITS = ['kg', 'lb'] as const
export const LoadUnitSchema = z.enum(LOAD_UNITS)

/** How a client's loads are written: unit, plate step, and their threshold run pace. */
export const ClientLoadsSchema = z.strictObject({
  unit: LoadUnitSchema,
  /** The smallest load step, in the client's unit (2.5 kg or 5 lb unless set). */
  increment: z
    .number()
    .min(0.25, { error: 'The load step is at least 0.25' })
    .max(50, { error: 'The load step is at most 50' }),
  /** Lactate-threshold pace in seconds per km, for run pace bands; null when not known. */
  thresholdPaceSecPerKm: z
    .number()
    .min(150, { error: 'A threshold pace is slower than 2:30 /km' })
    .max(900, { error: 'A threshold pace is faster than 15:00 /km' })
    .nullable(),
})
export type ClientLoads = z.infer<typeof ClientLoadsSchema>

export const MAX_METHODS = ['tested', 'epley'] as const

const LiftNameSchema = singleLineText('Lift', LIMITS.shortTextChars).min(1, {
  error: 'Name the lift (e.g. Back squat)',
})

/** A client's max for one lift, as recorded: tested, or estimated from a set with Epley. */
export const LiftMaxRecordSchema = z.strictObject({
  lift: LiftNameSchema,
  oneRmKg: z.number().gt(0).max(1000),
  method: z.enum(MAX_METHODS),
  /** The set the estimate came from (method epley). */
  fromLoadKg: z.number().gt(0).max(1000).nullable(),
  fromReps: z.number().int().min(2).max(15).nullable(),
  measuredOn: IsoDateSchema,
  /** Loads are a % of this share of the 1RM; null means 100 %. */
  trainingMaxPct: z.number().min(50).max(100).nullable(),
})
export type LiftMaxRecord = z.infer<typeof LiftMaxRecordSchema>

export const ClientMaxesSchema = z.strictObject({
  clientId: IdSchema,
  loads: ClientLoadsSchema,
  maxes: z.array(LiftMaxRecordSchema),
})
export type ClientMaxes = z.infer<typeof ClientMaxesSchema>

/** Setting a max: a tested 1RM, or a set (load × reps) to estimate it from. */
export const SetMaxInputSchema = z
  .strictObject({
    clientId: IdSchema,
    lift: LiftNameSchema,
    oneRmKg: z.number().gt(0, { error: 'A max is more than 0 kg' }).max(1000).optional(),
    fromSet: z
      .strictObject({
        loadKg: z.number().gt(0).max(1000),
        reps: z
          .number()
          .int()
          .min(2, { error: 'Estimate from a set of 2 to 15 reps (a single is a tested max)' })
          .max(15, { error: 'Estimate from a set of 2 to 15 reps: beyond 15 Epley drifts' }),
      })
      .optional(),
    measuredOn: IsoDateSchema,
    trainingMaxPct: z.number().min(50).max(100).nullable().default(null),
  })
  .refine((m) => (m.oneRmKg === undefined) !== (m.fromSet === undefined), {
    error: 'Give either a tested 1RM or a set to estimate it from',
    path: ['oneRmKg'],
  })
export type SetMaxInput = z.infer<typeof SetMaxInputSchema>
