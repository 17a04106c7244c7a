import { z } from 'zod'
import { singleLineText } from '../../schemas/common.schema'
import { CoachEmailSchema, PasswordSchema, SignedInSchema } from '../../schemas/team.schema'
import { procedure } from '../procedure'

/** Signing in and out of a team server (blockwise serve); a desktop database has no sign-in. */
export const authProcedures = {
  'auth.signIn': procedure(
    'Signs a coach in to a team server with e-mail and password; answers with the session to send on every call.',
    z.strictObject({ email: CoachEmailSchema, password: PasswordSchema }),
    SignedInSchema,
  ),
  'auth.signInWithCode': procedure(
    'A coach’s first sign-in (or a reset): the one-time code from their head coach, and the password they choose.',
    z.strictObject({
      email: CoachEmailSchema,
      code: singleLineText('Code', 40).min(1, { error: 'Type the sign-in code' }),
      password: PasswordSchema,
    }),
    SignedInSchema,
  ),
  'auth.signOut': procedure(
    'Ends this session: its token is refused from now on.',
    z.strictObject({}).optional(),
    z.strictObject({ signedOut: z.boolean() }),
  ),
} as const
