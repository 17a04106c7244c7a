import { DomainError } from '../../shared/contract/result'
import type { BackendContext } from '../context'
import { signIn, signInWithCode, signOut } from '../team/coach-auth'
import type { DomainHandlers } from './handler-types'

/** Signing in happens on a team server only; a desktop database has nobody to sign in. */
function teamServer(ctx: BackendContext): void {
  if (!ctx.team?.signInRequired) {
    throw new DomainError('invalid_input', 'This Blockwise has no coach accounts to sign in to.')
  }
}

const address = (ctx: BackendContext) => ctx.caller?.address ?? 'unknown'

export const authHandlers: DomainHandlers<'auth'> = {
  'auth.signIn': async ({ email, password }, ctx) => {
    teamServer(ctx)
    return signIn(ctx.db, { email, password, address: address(ctx) }, ctx.now())
  },
  'auth.signInWithCode': async ({ email, code, password }, ctx) => {
    teamServer(ctx)
    return signInWithCode(ctx.db, { email, code, password, address: address(ctx) }, ctx.now())
  },
  'auth.signOut': async (_input, ctx) => {
    const session = ctx.caller?.session
    if (!session) return { signedOut: false }
    await signOut(ctx.db, session, ctx.now())
    return { signedOut: true }
  },
}
