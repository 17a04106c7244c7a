import type { Kysely } from 'kysely'
import {
  clearSignInFailures,
  coachOfSession,
  countSignInFailures,
  findCoach,
  findCoachForSignIn,
  insertCoachSession,
  insertSignInCode,
  recordSignInFailure,
  redeemSignInCode,
  revokeCoachSession,
  setPasswordHash,
} from '../../db/repositories/coach.repository'
import type { Coach } from '../../db/repositories/coach.repository'
import type { Database } from '../../db/schema'
import { DomainError } from '../../shared/contract/result'
import { DECOY_HASH, MIN_PASSWORD_LENGTH, hashPassword, verifyPassword } from './passwords'
import { canonicalCode, hashSecret, newSecret, newSignInCode } from './secrets'

/** A signed-in session lasts a working day; signing out ends it at once. */
export const SESSION_HOURS = 12
/** A one-time sign-in code (team init, team add) works for three days. */
export const CODE_HOURS = 72
/**
 * Failed sign-ins counted over 15 minutes: 5 for one e-mail (a guesser of one coach's password)
 * or 30 from one address (a guesser trying many coaches); past either, sign-in is refused without
 * looking at the password until the window has moved on.
 */
export const RATE_LIMIT = { windowMinutes: 15, perEmail: 5, perAddress: 30 }

const hoursLater = (now: Date, hours: number) =>
  new Date(now.getTime() + hours * 3_600_000).toISOString()

export interface SignedIn {
  /** The session token the page sends with every call; only its hash is stored. */
  session: string
  coach: Coach
  expiresAt: string
}

async function startSession(db: Kysely<Database>, coach: Coach, now: Date): Promise<SignedIn> {
  const session = newSecret()
  const expiresAt = hoursLater(now, SESSION_HOURS)
  await insertCoachSession(db, {
    tokenHash: hashSecret(session),
    coachId: coach.id,
    now: now.toISOString(),
    expiresAt,
  })
  return { session, coach, expiresAt }
}

const WRONG = 'That e-mail and password do not match a coach of this team.'

/** Refuses an e-mail or address with too many recent failures, before any password is checked. */
async function assertNotRateLimited(
  db: Kysely<Database>,
  email: string,
  address: string,
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - RATE_LIMIT.windowMinutes * 60_000).toISOString()
  const failures = await countSignInFailures(db, { email, address, since })
  if (failures.email >= RATE_LIMIT.perEmail || failures.address >= RATE_LIMIT.perAddress) {
    throw new DomainError(
      'rate_limited',
      `Too many failed sign-ins; wait ${RATE_LIMIT.windowMinutes} minutes and try again, or ask your head coach for a new sign-in code.`,
    )
  }
}

async function failed(
  db: Kysely<Database>,
  email: string,
  address: string,
  now: Date,
): Promise<never> {
  await recordSignInFailure(db, { email, address, at: now.toISOString() })
  throw new DomainError('unauthorized', WRONG)
}

/**
 * Signs a coach in with e-mail and password: a new session, or `unauthorized` (the same words for
 * an unknown e-mail and a wrong password, after the same scrypt work), or `rate_limited`.
 */
export async function signIn(
  db: Kysely<Database>,
  attempt: { email: string; password: string; address: string },
  now: Date,
): Promise<SignedIn> {
  await assertNotRateLimited(db, attempt.email, attempt.address, now)
  const coach = await findCoachForSignIn(db, attempt.email)
  const matches = await verifyPassword(attempt.password, coach?.passwordHash ?? DECOY_HASH)
  if (!coach || !coach.passwordHash || !matches) {
    return failed(db, attempt.email, attempt.address, now)
  }
  const before = new Date(now.getTime() - RATE_LIMIT.windowMinutes * 60_000).toISOString()
  await clearSignInFailures(db, attempt.email, before)
  const { passwordHash: _hash, ...signedIn } = coach
  return startSession(db, signedIn, now)
}

/**
 * A coach's first sign-in (or a reset): the one-time code their head coach (or `team init`)
 * gave them, and the password they choose. The code is used up whatever happens next.
 */
export async function signInWithCode(
  db: Kysely<Database>,
  attempt: { email: string; code: string; password: string; address: string },
  now: Date,
): Promise<SignedIn> {
  await assertNotRateLimited(db, attempt.email, attempt.address, now)
  if (attempt.password.length < MIN_PASSWORD_LENGTH) {
    const message = `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`
    throw new DomainError('invalid_input', message, [{ path: 'password', message }])
  }
  const coach = await findCoachForSignIn(db, attempt.email)
  const coachId = await db.transaction().execute(async (trx) => {
    const redeemed = await redeemSignInCode(
      trx,
      hashSecret(canonicalCode(attempt.code)),
      now.toISOString(),
    )
    // The code must be this coach's: a code given to one coach never signs in another.
    if (!coach || redeemed !== coach.id) return undefined
    await setPasswordHash(trx, coach.id, await hashPassword(attempt.password))
    return coach.id
  })
  if (!coachId || !coach) {
    await recordSignInFailure(db, {
      email: attempt.email,
      address: attempt.address,
      at: now.toISOString(),
    })
    throw new DomainError(
      'unauthorized',
      'That sign-in code is not right for this e-mail, or it was used or has expired. Ask your head coach for a new one.',
    )
  }
  const { passwordHash: _hash, ...signedIn } = coach
  return startSession(db, signedIn, now)
}

/** The coach signed in with `session`, if it is neither expired nor signed out. */
export async function coachOfToken(
  db: Kysely<Database>,
  session: string,
  now: Date,
): Promise<Coach | undefined> {
  const found = await coachOfSession(db, hashSecret(session), now.toISOString())
  if (!found) return undefined
  const { expiresAt: _expires, ...coach } = found
  return coach
}

/** Ends a session: the token is refused from now on, wherever it is replayed from. */
export async function signOut(db: Kysely<Database>, session: string, now: Date): Promise<void> {
  await revokeCoachSession(db, hashSecret(session), now.toISOString())
}

/** A new one-time sign-in code for a coach (printed by `team init`/`team add`, shown to a head). */
export async function issueSignInCode(
  db: Kysely<Database>,
  coachId: string,
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  if (!(await findCoach(db, coachId))) throw new DomainError('not_found', 'No such coach.')
  const code = newSignInCode()
  const expiresAt = hoursLater(now, CODE_HOURS)
  await insertSignInCode(db, {
    codeHash: hashSecret(canonicalCode(code)),
    coachId,
    now: now.toISOString(),
    expiresAt,
  })
  return { code, expiresAt }
}
