import type { Kysely } from 'kysely'
import type { CoachesTable, Database } from '../schema'
import { countRows, findRow } from './rows-by-key'

/** A coach as the app sees one (never the password hash). */
export interface Coach {
  id: string
  email: string
  name: string
  role: 'head' | 'coach'
}

const coachFromRow = (row: Pick<CoachesTable, keyof Coach>): Coach => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
})

export async function insertCoach(
  db: Kysely<Database>,
  coach: Coach & { now: string },
): Promise<Coach> {
  await db
    .insertInto('coaches')
    .values({
      id: coach.id,
      email: coach.email,
      name: coach.name,
      role: coach.role,
      password_hash: null,
      created_at: coach.now,
      disabled_at: null,
    })
    .execute()
  return coachFromRow(coach)
}

export async function findCoach(db: Kysely<Database>, id: string): Promise<Coach | undefined> {
  const row = await findRow(db, 'coaches', { id, disabled_at: null })
  return row && coachFromRow(row)
}

/** A coach by e-mail (ignoring case) with the password hash, for signing in. */
export async function findCoachForSignIn(
  db: Kysely<Database>,
  email: string,
): Promise<(Coach & { passwordHash: string | null }) | undefined> {
  const row = await findRow(db, 'coaches', { email, disabled_at: null })
  return row && { ...coachFromRow(row), passwordHash: row.password_hash }
}

export async function listCoaches(db: Kysely<Database>): Promise<Coach[]> {
  const rows = await db
    .selectFrom('coaches')
    .selectAll()
    .where('disabled_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute()
  return rows.map(coachFromRow)
}

export async function countCoaches(db: Kysely<Database>): Promise<number> {
  return countRows(db, 'coaches')
}

/** The first head coach (the one `migrate` gives a desktop file's clients to). */
export async function firstHeadCoach(db: Kysely<Database>): Promise<Coach | undefined> {
  const row = await db
    .selectFrom('coaches')
    .selectAll()
    .where('role', '=', 'head')
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst()
  return row && coachFromRow(row)
}

export async function setPasswordHash(
  db: Kysely<Database>,
  coachId: string,
  hash: string,
): Promise<void> {
  await db.updateTable('coaches').set({ password_hash: hash }).where('id', '=', coachId).execute()
}

// Sessions and codes are stored by the SHA-256 of their secret: a copy of the database (a backup,
// a dump left lying around) signs no one in.

export async function insertCoachSession(
  db: Kysely<Database>,
  session: { tokenHash: string; coachId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('coach_sessions')
    .values({
      token_hash: session.tokenHash,
      coach_id: session.coachId,
      created_at: session.now,
      expires_at: session.expiresAt,
      revoked_at: null,
    })
    .execute()
}

/** The coach of a session that is neither revoked nor expired at `now`. */
export async function coachOfSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<(Coach & { expiresAt: string }) | undefined> {
  const row = await db
    .selectFrom('coach_sessions as s')
    .innerJoin('coaches as c', 'c.id', 's.coach_id')
    .select(['c.id', 'c.email', 'c.name', 'c.role', 's.expires_at'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('c.disabled_at', 'is', null)
    .executeTakeFirst()
  return row && { ...coachFromRow(row), expiresAt: row.expires_at }
}

export async function revokeCoachSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('coach_sessions')
    .set({ revoked_at: now })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

export async function insertSignInCode(
  db: Kysely<Database>,
  code: { codeHash: string; coachId: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sign_in_codes')
    .values({
      code_hash: code.codeHash,
      coach_id: code.coachId,
      created_at: code.now,
      expires_at: code.expiresAt,
      used_at: null,
    })
    .execute()
}

/** Uses up a one-time code: the coach it was for, once, while it has not expired. */
export async function redeemSignInCode(
  db: Kysely<Database>,
  codeHash: string,
  now: string,
): Promise<string | undefined> {
  const row = await db
    .updateTable('sign_in_codes')
    .set({ used_at: now })
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('coach_id')
    .executeTakeFirst()
  return row?.coach_id
}

export async function recordSignInFailure(
  db: Kysely<Database>,
  failure: { email: string; address: string; at: string },
): Promise<void> {
  await db.insertInto('sign_in_failures').values(failure).execute()
}

/** Failed sign-ins since `since`, for an e-mail and from an address. */
export async function countSignInFailures(
  db: Kysely<Database>,
  key: { email: string; address: string; since: string },
): Promise<{ email: number; address: number }> {
  const count = async (column: 'email' | 'address', value: string) =>
    Number(
      (
        await db
          .selectFrom('sign_in_failures')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(column, '=', value)
          .where('at', '>', key.since)
          .executeTakeFirstOrThrow()
      ).n,
    )
  return { email: await count('email', key.email), address: await count('address', key.address) }
}

/** Forgets an e-mail's failures (after it signs in) and everyone's older than `before`. */
export async function clearSignInFailures(
  db: Kysely<Database>,
  email: string,
  before: string,
): Promise<void> {
  await db
    .deleteFrom('sign_in_failures')
    .where((eb) => eb.or([eb('email', '=', email), eb('at', '<', before)]))
    .execute()
}
