import { createHash, randomBytes } from 'node:crypto'

/** A new random secret (a session token, a sign-in code): 256 bits, base64url. */
export const newSecret = (): string => randomBytes(32).toString('base64url')

/**
 * A one-time sign-in code as a person types it: 12 letters and digits from an alphabet without
 * look-alikes (60 bits), in groups of four: `K7QF-2MXD-9WPA`. It works once, for three days.
 */
export function newSignInCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const bytes = randomBytes(12)
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]!)
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-')
}

/** A code as typed, whatever the case, spaces or dashes: what is hashed and compared. */
export const canonicalCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '')

/** What the database keeps of a secret: its SHA-256, so a copy of the database opens nothing. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex')
