import { z } from 'zod'
import { IdSchema, IsoDateSchema } from '../../schemas/common.schema'
import { ReadinessEntrySchema, SaveReadinessInputSchema } from '../../schemas/readiness.schema'
import { procedure } from '../procedure'

/** A client's morning readiness reports. */
export const readinessProcedures = {
  'readiness.list': procedure(
    'A client’s daily readiness reports (sleep, HRV, soreness, fatigue, mood, pain, illness), by date, from `since` on.',
    z.strictObject({ clientId: IdSchema, since: IsoDateSchema.optional() }),
    z.array(ReadinessEntrySchema),
  ),
  'readiness.save': procedure(
    'Saves readiness reports, all or none; a report for a day already reported replaces it.',
    SaveReadinessInputSchema,
    z.strictObject({ saved: z.number().int().min(0) }),
  ),
  'readiness.remove': procedure(
    'Forgets one day’s readiness report.',
    z.strictObject({ clientId: IdSchema, date: IsoDateSchema }),
    z.strictObject({ removed: z.boolean() }),
  ),
  'readiness.importCsv': procedure(
    'Readiness reports from a CSV or TSV with a header row (date, sleep_h, hrv, soreness, fatigue, mood, pain, illness), all or nothing.',
    z.strictObject({ clientId: IdSchema, csv: z.string().max(2_000_000) }),
    z.strictObject({ saved: z.number().int().min(0) }),
  ),
} as const
