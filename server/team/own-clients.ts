import type { BackendContext } from '../context'

/**
 * Whose clients a list shows: a team's coach sees their own and the ones shared with them
 * (their id), a head coach and a desktop database everyone (undefined).
 */
export function ownClientsOnly(ctx: Pick<BackendContext, 'coach'>): string | undefined {
  return ctx.coach && ctx.coach.role !== 'head' ? ctx.coach.id : undefined
}
