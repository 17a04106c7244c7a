import { z } from 'zod'
import { IdSchema, LIMITS } from '../../schemas/common.schema'
import {
  ClientLoadsSchema,
  ClientMaxesSchema,
  LiftMaxRecordSchema,
  SetManyMaxesInputSchema,
  SetMaxInputSchema,
} from '../../schemas/maxes.schema'
import { procedure } from '../procedure'

/** A client's maxes, load unit and threshold pace. */
export const maxesProcedures = {
  'maxes.get': procedure(
    'A client’s load unit and step, threshold pace, and maxes per lift.',
    z.strictObject({ clientId: IdSchema }),
    ClientMaxesSchema,
  ),
  'maxes.set': procedure(
    'Records a client’s max for a lift: a tested 1RM, or a set to estimate it from (Epley).',
    SetMaxInputSchema,
    LiftMaxRecordSchema,
  ),
  'maxes.setMany': procedure(
    'Records several maxes of a client (and their threshold pace) at once, all or none; answers with every max and the loads.',
    SetManyMaxesInputSchema,
    ClientMaxesSchema.extend({ saved: z.number().int().min(0) }),
  ),
  'maxes.remove': procedure(
    'Forgets a client’s max for a lift.',
    z.strictObject({ clientId: IdSchema, lift: z.string().min(1).max(LIMITS.shortTextChars) }),
    z.strictObject({ removed: z.boolean() }),
  ),
  'maxes.setLoads': procedure(
    'Sets how a client’s loads are written (kg or lb, and the load step) and their threshold pace.',
    z.strictObject({ clientId: IdSchema, loads: ClientLoadsSchema }),
    ClientLoadsSchema,
  ),
} as const
