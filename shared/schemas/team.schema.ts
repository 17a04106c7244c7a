import { z } from 'zod'
import { IdSchema, LIMITS, singleLineText } from './common.schema'

/** A coach's e-mail: how they sign in (compared ignoring case). */
export const CoachEmailSchema = singleLineText('Email', LIMITS.emailChars).refine(
  (text) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text),
  { error: 'Email must look like name@example.com' },
)

export const COACH_ROLES = ['head', 'coach'] as const

/**
 * A coach of a team. A head coach sees every client, shares and reassigns them, and adds coaches;
 * a coach sees the clients they own and the ones shared with them.
 */
export const CoachSchema = z.strictObject({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  role: z.enum(COACH_ROLES),
})
export type CoachProfile = z.infer<typeof CoachSchema>

/** Passwords: any characters, at least 10 of them (checked where one is chosen), at most 200. */
export const PasswordSchema = z
  .string()
  .min(1, { error: 'Type your password' })
  .max(200, { error: 'A password is at most 200 characters' })

/** What signing in gives the page: the session it sends with every call, and who it is. */
export const SignedInSchema = z.strictObject({
  session: z.string(),
  coach: CoachSchema,
  expiresAt: z.string(),
})

/** Who may see a client besides the head coaches. */
export const ClientAccessSchema = z.strictObject({
  clientId: IdSchema,
  ownerId: IdSchema.nullable(),
  sharedWith: z.array(IdSchema),
})

/** The last change of a block: "changed by Ana at 10:42" (null where no one is recorded). */
export const BlockChangeSchema = z
  .strictObject({
    coachId: IdSchema.nullable(),
    coachName: z.string(),
    at: z.string(),
    revision: z.number().int().nullable(),
  })
  .nullable()

export const NewCoachSchema = z.strictObject({
  email: CoachEmailSchema,
  name: singleLineText('Name', LIMITS.nameChars).min(1, { error: 'Name is required' }),
  role: z.enum(COACH_ROLES).default('coach'),
})
