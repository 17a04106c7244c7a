import { z } from 'zod'

/**
 * A client's fitness and fatigue day by day (docs/engine-rules.md §4.3–§4.4) across the history
 * before a block and the block's own planned days: load in AU; CTL (fitness), ATL (fatigue) and
 * TSB (form = CTL − ATL) in TSS-equivalents a day; the EWMA acute:chronic ratio.
 */
export const FitnessDaySchema = z.strictObject({
  date: z.string(),
  load: z.number(),
  ctl: z.number(),
  atl: z.number(),
  tsb: z.number(),
  acwr: z.number().nullable(),
})

export const FitnessSchema = z.strictObject({
  /** Index of the block's first Monday in `days`: the days before it are history. */
  planStart: z.number().int().min(0),
  days: z.array(FitnessDaySchema),
})
export type Fitness = z.infer<typeof FitnessSchema>
