import { z } from 'zod'
import { IdSchema } from '../../schemas/common.schema'
import { ClientAccessSchema, CoachSchema, NewCoachSchema } from '../../schemas/team.schema'
import { procedure } from '../procedure'

const NoInput = z.strictObject({}).optional()
const ClientAndCoach = z.strictObject({ clientId: IdSchema, coachId: IdSchema })

/** A coaching team on one database: its coaches, and who sees which client. */
export const teamProcedures = {
  'team.me': procedure(
    'The coach signed in, on a team server; null on a desktop database.',
    NoInput,
    z.strictObject({ coach: CoachSchema.nullable() }),
  ),
  'team.coaches': procedure('The coaches of the team, by name.', NoInput, z.array(CoachSchema)),
  'team.addCoach': procedure(
    'Adds a coach to the team (head coaches only), with a one-time sign-in code to give them.',
    NewCoachSchema,
    z.strictObject({ coach: CoachSchema, code: z.string(), expiresAt: z.string() }),
  ),
  'team.newSignInCode': procedure(
    'A new one-time sign-in code for a coach who forgot their password (head coaches only).',
    z.strictObject({ coachId: IdSchema }),
    z.strictObject({ code: z.string(), expiresAt: z.string() }),
  ),
  'team.clientAccess': procedure(
    'Who owns a client and who it is shared with.',
    z.strictObject({ clientId: IdSchema }),
    ClientAccessSchema,
  ),
  'team.shareClient': procedure(
    'Shares a client with a coach (its owner or a head coach).',
    ClientAndCoach,
    ClientAccessSchema,
  ),
  'team.unshareClient': procedure(
    'Stops sharing a client with a coach (its owner or a head coach).',
    ClientAndCoach,
    ClientAccessSchema,
  ),
  'team.reassignClient': procedure(
    'Gives a client to another coach (head coaches only); the coach before keeps it shared.',
    ClientAndCoach,
    ClientAccessSchema,
  ),
} as const
