import { z } from 'zod'
import { epleyOneRm } from '../exercises/loads'
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

/**
 * The 1RMs a person can have: at least 1 kg (a bar of a broomstick), at most 500 kg (past the
 * squat and deadlift world records). Anything else is a typo, and would make every load wrong.
 */
export const ONE_RM_KG = { min: 1, max: 500 } as const

const OneRmKgSchema = z
  .number({ error: 'A 1RM is a number of kg' })
  .min(ONE_RM_KG.min, { error: `A 1RM is at least ${ONE_RM_KG.min} kg` })
  .max(ONE_RM_KG.max, {
    error: `A 1RM is at most ${ONE_RM_KG.max} kg, past the world records: check the number`,
  })

/** What a coach records for one lift: a tested 1RM, or a set (load × reps) to estimate it from. */
const MaxEntryFields = {
  lift: LiftNameSchema,
  oneRmKg: OneRmKgSchema.optional(),
  fromSet: z
    .strictObject({
      loadKg: z
        .number({ error: 'The load of the set is a number of kg' })
        .min(ONE_RM_KG.min, { error: `The load of the set is at least ${ONE_RM_KG.min} kg` })
        .max(ONE_RM_KG.max, { error: `The load of the set is at most ${ONE_RM_KG.max} kg` }),
      reps: z
        .number()
        .int()
        .min(2, { error: 'Estimate from a set of 2 to 15 reps (a single is a tested max)' })
        .max(15, { error: 'Estimate from a set of 2 to 15 reps: beyond 15 Epley drifts' }),
    })
    .optional(),
  measuredOn: IsoDateSchema,
  trainingMaxPct: z.number().min(50).max(100).nullable().default(null),
}

/**
 * One of the two ways, and an estimate a person can have: 999 kg × 15 reps is refused here, on
 * the field the coach typed, rather than by the table's CHECK after Epley made it 1,498.5 kg.
 */
function checkMaxEntry(
  entry: { oneRmKg?: number | undefined; fromSet?: { loadKg: number; reps: number } | undefined },
  ctx: z.RefinementCtx,
): void {
  if ((entry.oneRmKg === undefined) === (entry.fromSet === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['oneRmKg'],
      message: 'Give either a tested 1RM or a set to estimate it from',
    })
    return
  }
  // A load or reps out of range already has its own message on that field.
  const set = entry.fromSet
  if (!set || set.loadKg > ONE_RM_KG.max || set.reps < 2 || set.reps > 15) return
  const estimate = Math.round(epleyOneRm(set.loadKg, set.reps) * 10) / 10
  if (estimate > ONE_RM_KG.max) {
    ctx.addIssue({
      code: 'custom',
      path: ['fromSet', 'loadKg'],
      message: `${set.loadKg} kg × ${set.reps} estimates a 1RM of ${estimate} kg; a 1RM is at most ${ONE_RM_KG.max} kg: check the set`,
    })
  }
}

/** Setting a max: a tested 1RM, or a set (load × reps) to estimate it from, in kg. */
export const SetMaxInputSchema = z
  .strictObject({ clientId: IdSchema, ...MaxEntryFields })
  .superRefine(checkMaxEntry)
export type SetMaxInput = z.infer<typeof SetMaxInputSchema>

/** Several maxes of one client (and their threshold pace), recorded all or none. */
export const SetManyMaxesInputSchema = z.strictObject({
  clientId: IdSchema,
  maxes: z
    .array(z.strictObject(MaxEntryFields).superRefine(checkMaxEntry))
    .max(LIMITS.listItems, { error: `At most ${LIMITS.listItems} maxes at once` }),
  thresholdPaceSecPerKm: ClientLoadsSchema.shape.thresholdPaceSecPerKm.unwrap().optional(),
})
export type SetManyMaxesInput = z.infer<typeof SetManyMaxesInputSchema>
