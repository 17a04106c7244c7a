import {
  accessOfClient,
  setClientOwner,
  shareClient,
  unshareClient,
} from '../../db/repositories/client-access.repository'
import { findClient } from '../../db/repositories/client.repository'
import { findCoach, insertCoach, listCoaches } from '../../db/repositories/coach.repository'
import { DomainError } from '../../shared/contract/result'
import type { BackendContext } from '../context'
import { issueSignInCode } from '../team/coach-auth'
import type { DomainHandlers } from './handler-types'

async function coachById(ctx: BackendContext, id: string) {
  const coach = await findCoach(ctx.db, id)
  if (!coach) {
    const message = `No coach with id ${id}.`
    throw new DomainError('not_found', message, [{ path: 'coachId', message }])
  }
  return coach
}

/** The owner of a client, or a head coach, may share it; the access rule has let the coach see it. */
async function assertMayShare(ctx: BackendContext, clientId: string): Promise<void> {
  const coach = ctx.coach
  if (!coach || coach.role === 'head') return
  if ((await accessOfClient(ctx.db, clientId)).ownerId !== coach.id) {
    throw new DomainError(
      'unauthorized',
      'Only the client’s own coach or a head coach can share it.',
    )
  }
}

async function accessAnswer(ctx: BackendContext, clientId: string) {
  if (!(await findClient(ctx.db, clientId))) {
    throw new DomainError('not_found', `No client with id ${clientId}.`)
  }
  return { clientId, ...(await accessOfClient(ctx.db, clientId)) }
}

export const teamHandlers: DomainHandlers<'team'> = {
  'team.me': (_input, ctx) => Promise.resolve({ coach: ctx.coach ?? null }),

  'team.coaches': (_input, ctx) => listCoaches(ctx.db),

  'team.addCoach': async ({ email, name, role }, ctx) => {
    const now = ctx.now()
    return ctx.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('coaches')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirst()
      if (taken) {
        const message = `${email} is already a coach of this team.`
        throw new DomainError('conflict', message, [{ path: 'email', message }])
      }
      const coach = await insertCoach(trx, {
        id: ctx.newId(),
        email,
        name,
        role,
        now: now.toISOString(),
      })
      return { coach, ...(await issueSignInCode(trx, coach.id, now)) }
    })
  },

  'team.newSignInCode': async ({ coachId }, ctx) => {
    await coachById(ctx, coachId)
    return issueSignInCode(ctx.db, coachId, ctx.now())
  },

  'team.clientAccess': ({ clientId }, ctx) => accessAnswer(ctx, clientId),

  'team.shareClient': async ({ clientId, coachId }, ctx) => {
    await coachById(ctx, coachId)
    await accessAnswer(ctx, clientId)
    await assertMayShare(ctx, clientId)
    await shareClient(ctx.db, clientId, coachId)
    return accessAnswer(ctx, clientId)
  },

  'team.unshareClient': async ({ clientId, coachId }, ctx) => {
    await accessAnswer(ctx, clientId)
    await assertMayShare(ctx, clientId)
    await unshareClient(ctx.db, clientId, coachId)
    return accessAnswer(ctx, clientId)
  },

  'team.reassignClient': async ({ clientId, coachId }, ctx) => {
    await coachById(ctx, coachId)
    await accessAnswer(ctx, clientId)
    await ctx.db.transaction().execute((trx) => setClientOwner(trx, clientId, coachId))
    return accessAnswer(ctx, clientId)
  },
}
