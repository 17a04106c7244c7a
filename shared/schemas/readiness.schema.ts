import { z } from 'zod'
import { InjuryRegionSchema } from './client.schema'
import { IdSchema, IsoDateSchema } from './common.schema'

const scale = (name: string, lo: number, hi: number) =>
  z
    .number({ error: `${name} must be a number` })
    .min(lo, { error: `${name} is ${lo}–${hi}` })
    .max(hi, { error: `${name} is ${lo}–${hi}` })

/** One morning's readiness report (docs/engine-rules.md §4.6); every measure optional. */
export const ReadinessEntrySchema = z.strictObject({
  date: IsoDateSchema,
  /** Last night's sleep, hours. */
  sleepH: scale('Sleep', 0, 24).optional(),
  /** The morning's HRV as ln rMSSD (a rMSSD of 60 ms is 4.09). */
  hrv: scale('HRV (ln rMSSD)', 0, 10).optional(),
  sorenessLower: scale('Soreness', 0, 10).optional(),
  fatigue: scale('Fatigue', 0, 10).optional(),
  mood: scale('Mood', 1, 5).optional(),
  painRegions: z.array(InjuryRegionSchema).max(3).default([]),
  illness: z.boolean().default(false),
})
export type ReadinessEntry = z.infer<typeof ReadinessEntrySchema>

export const SaveReadinessInputSchema = z.strictObject({
  clientId: IdSchema,
  // One report a day: two for one date in one save would keep whichever came last, unsaid.
  entries: z
    .array(ReadinessEntrySchema)
    .min(1)
    .max(400)
    .superRefine((entries, ctx) => {
      const first = new Map<string, number>()
      entries.forEach((entry, index) => {
        const earlier = first.get(entry.date)
        if (earlier === undefined) first.set(entry.date, index)
        else
          ctx.addIssue({
            code: 'custom',
            path: [index, 'date'],
            message: `${entry.date} is reported twice (entries ${earlier + 1} and ${index + 1})`,
          })
      })
    }),
})
