import { recordChange } from '../../db/repositories/change-log.repository'
import { clientOfBlock, coachSeesClient } from '../../db/repositories/client-access.repository'
import type { Coach } from '../../db/repositories/coach.repository'
import type { ParsedInput, ProcedureName, ProcedureOutput } from '../../shared/contract/contract'
import { DomainError } from '../../shared/contract/result'
import type { BackendContext, Caller } from '../context'
import { ACCESS_RULES } from './access-rules'
import type { ChangeTarget } from './access-rules'
import { coachOfToken } from './coach-auth'

/**
 * The team server's checks around every call: who is calling (a signed-in coach's session, or
 * nobody), whether the rule of ACCESS_RULES lets them, and the record of what they changed. On a
 * desktop database (no sign-in) every call is the one coach's and nothing is recorded; through
 * the command line on a team database, calls are the operator's and recorded as such.
 */

const NOT_SIGNED_IN = 'Sign in to the team server first (your session has ended or was signed out).'

/** Who the call is from, as the context handlers see; refuses a missing or dead session. */
export async function contextForCall(
  ctx: BackendContext,
  name: ProcedureName,
  caller: Caller,
): Promise<BackendContext> {
  const rule = ACCESS_RULES[name]
  let coach: Coach | undefined
  if (ctx.team?.signInRequired && rule.access !== 'public') {
    coach = caller.session ? await coachOfToken(ctx.db, caller.session, ctx.now()) : undefined
    if (!coach) throw new DomainError('unauthorized', NOT_SIGNED_IN)
  }
  const call: BackendContext = { ...ctx, caller, procedure: name }
  if (coach) call.coach = coach
  if (ctx.team?.recordsChanges) {
    const actor = coach
      ? { id: coach.id, name: coach.name }
      : { id: null, name: ctx.host === 'cli' ? 'the command line' : 'Blockwise' }
    call.changes = {
      record: (db, target) =>
        recordChange(db, {
          id: ctx.newId(),
          at: ctx.now().toISOString(),
          coach_id: actor.id,
          coach_name: actor.name,
          procedure: name,
          client_id: target.clientId ?? null,
          block_id: target.blockId ?? null,
          block_revision: target.revision ?? null,
        }),
    }
  }
  return call
}

const noClient = (id: string) => new DomainError('not_found', `No client with id ${id}.`)
const noBlock = (id: string) => new DomainError('not_found', `No block with id ${id}.`)

async function seesClient(ctx: BackendContext, coach: Coach, clientId: string): Promise<boolean> {
  return coach.role === 'head' || coachSeesClient(ctx.db, clientId, coach.id)
}

/**
 * Refuses a call the signed-in coach may not make. Another coach's client, or a block of one, is
 * answered exactly as a missing one is, so its existence is not given away. A client or block
 * that does not exist passes to the handler, which says so in the same words.
 */
export async function assertAllowed<N extends ProcedureName>(
  ctx: BackendContext,
  name: N,
  input: ParsedInput<N>,
): Promise<void> {
  const coach = ctx.coach
  if (!coach) return
  const rule = ACCESS_RULES[name]
  if (rule.access === 'head' && coach.role !== 'head') {
    throw new DomainError('unauthorized', 'Only a head coach can do this.')
  }
  if (rule.access === 'client') {
    const clientId = rule.clientId(input)
    if (clientId !== undefined && !(await seesClient(ctx, coach, clientId))) {
      throw noClient(clientId)
    }
  }
  if (rule.access === 'block') {
    const clientId = rule.clientId?.(input)
    if (clientId !== undefined && !(await seesClient(ctx, coach, clientId))) {
      throw noClient(clientId)
    }
    const blockId = rule.blockId(input)
    if (blockId === undefined) return
    const owner = await clientOfBlock(ctx.db, blockId)
    if (owner === undefined) return
    // A block named beside a client must be that client's (a handout of one client's block).
    if (clientId !== undefined && owner !== clientId) throw noBlock(blockId)
    if (!(await seesClient(ctx, coach, owner))) throw noBlock(blockId)
  }
}

/** Records a write that does not record itself, once it has succeeded. */
export async function recordAfter<N extends ProcedureName>(
  ctx: BackendContext,
  name: N,
  input: ParsedInput<N>,
  output: ProcedureOutput<N>,
): Promise<void> {
  const changes = ACCESS_RULES[name].changes
  if (!ctx.changes || typeof changes !== 'function') return
  const target: ChangeTarget = changes(input, output)
  if (target.blockId !== undefined && target.clientId === undefined) {
    target.clientId = await clientOfBlock(ctx.db, target.blockId)
  }
  await ctx.changes.record(ctx.db, target)
}
