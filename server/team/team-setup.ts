import type { Kysely } from 'kysely'
import { countCoaches, insertCoach } from '../../db/repositories/coach.repository'
import type { Coach } from '../../db/repositories/coach.repository'
import type { Database } from '../../db/schema'
import { DomainError } from '../../shared/contract/result'
import { issueSignInCode } from './coach-auth'

/**
 * `blockwise team init`: the team's first coach, a head coach, with a one-time sign-in code to
 * choose a password with. Only once: a team that has coaches adds more with `team add`.
 */
export async function initTeam(
  db: Kysely<Database>,
  head: { id: string; email: string; name: string },
  now: Date,
): Promise<{ coach: Coach; code: string; expiresAt: string }> {
  return db.transaction().execute(async (trx) => {
    if ((await countCoaches(trx)) > 0) {
      throw new DomainError(
        'conflict',
        'This team database already has coaches; add more with blockwise team add.',
      )
    }
    const coach = await insertCoach(trx, { ...head, role: 'head', now: now.toISOString() })
    return { coach, ...(await issueSignInCode(trx, coach.id, now)) }
  })
}

/** "Ana" from "ana.lopez@example.com" when no name is given: what the team sees until changed. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email
  const words = local.split(/[._-]+/).filter((w) => w.length > 0)
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')
  return name.slice(0, 120) || email.slice(0, 120)
}
