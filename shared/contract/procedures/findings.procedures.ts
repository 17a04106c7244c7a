import { z } from 'zod'
import { OverrideInputSchema, OverrideSchema } from '../../schemas/analysis.schema'
import { procedure } from '../procedure'

/** A coach's overrides of findings. */
export const findingsProcedures = {
  'findings.override': procedure(
    'Accepts a finding with a reason; it stays visible, greyed.',
    OverrideInputSchema,
    OverrideSchema,
  ),
  'findings.clearOverride': procedure(
    'Withdraws an override so the finding counts again.',
    OverrideInputSchema.omit({ reason: true }),
    z.strictObject({ removed: z.boolean() }),
  ),
} as const
