import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/**
 * Coach passwords, hashed with scrypt (node:crypto, no dependency) and a random salt per coach.
 * The cost is stored with each hash, so it can be raised later without breaking old ones.
 * N = 2^15, r = 8 needs 32 MiB and takes about 0.1 s here: cheap for one sign-in, slow for a
 * guesser with a stolen database.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 }
const KEY_BYTES = 32

/** Passwords are at least this long; nothing else is imposed (length beats rules). */
export const MIN_PASSWORD_LENGTH = 10

function derive(
  password: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      { ...cost, maxmem: 256 * cost.N * cost.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  )
}

/** `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, COST)
  return [
    'scrypt',
    COST.N,
    COST.r,
    COST.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$')
}

/** Whether `password` is the one `stored` was made from; false for anything malformed. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A hash of nothing anyone knows: an unknown e-mail costs a sign-in the same time as a known one. */
export const DECOY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
