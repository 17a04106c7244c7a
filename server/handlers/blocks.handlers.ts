import type { Kysely } from 'kysely'
import {
  findBlock,
  insertBlock,
  listBlocksOfClient,
  setBlockStatus,
  setBlockWeeks,
} from '../../db/repositories/block.repository'
import { findClient } from '../../db/repositories/client.repository'
import { exerciseIndex } from '../../db/repositories/exercise.repository'
import {
  deleteSessions,
  existingSessionIds,
  insertSessions,
  updateSessions,
} from '../../db/repositories/session.repository'
import { listSessionsById } from '../../db/repositories/session-reader'
import { summariseIssues } from '../../shared/contract/field-issues'
import { DomainError } from '../../shared/contract/result'
import { proposeBalance } from '../../shared/engine/balance/balance'
import { fitnessOf } from '../../shared/engine/fitness'
import { applySessionPatches } from '../../shared/plans/apply-patches'
import { copySessions } from '../../shared/plans/copy-sessions'
import { sessionsAfterEdit } from '../../shared/plans/merge-block-edit'
import type { PatchOutcome } from '../../shared/plans/apply-patches'
import type { Block, BlockSession } from '../../shared/schemas/block.schema'
import type { Database } from '../../db/schema'
import { analysisWithOverrides, loadBlockPlan, planOfBlock, withOverrides } from '../block-analysis'
import { assertNoActiveBlock, importPlan, importSessionsCsv } from '../plan-import'
import { mutateBlock, readBlock, staleRevision } from '../block-writes'
import type { DomainHandlers } from './handler-types'

function found(block: Block | undefined, id: string): Block {
  if (!block) throw new DomainError('not_found', `No block with id ${id}.`)
  return block
}

/**
 * The sessions a batch's deletes left detached: the database sets a cool-down's attachedTo to null
 * when the lift it was attached to is deleted (ON DELETE SET NULL). They are read back as stored,
 * so the answer and the snapshot hold what the database did rather than a copy of its rule.
 */
async function detachedByDeletes(
  trx: Kysely<Database>,
  before: Block,
  outcome: PatchOutcome,
): Promise<BlockSession[]> {
  const deleted = new Set(outcome.deletedIds)
  if (deleted.size === 0) return []
  const written = new Set(outcome.updated.map((s) => s.id))
  const orphans = before.sessions.filter(
    (s) =>
      s.attachedTo !== null &&
      deleted.has(s.attachedTo) &&
      !deleted.has(s.id) &&
      !written.has(s.id),
  )
  return orphans.length === 0
    ? []
    : listSessionsById(
        trx,
        before.id,
        orphans.map((s) => s.id),
      )
}

export const blockHandlers: DomainHandlers<'blocks'> = {
  'blocks.listForClient': ({ clientId }, ctx) => listBlocksOfClient(ctx.db, clientId),

  'blocks.get': ({ id }, ctx) => readBlock(ctx.db, ctx, id),

  'blocks.create': async (input, ctx) => {
    const now = ctx.now().toISOString()
    const id = ctx.newId()
    return ctx.db.transaction().execute(async (trx) => {
      const client = await findClient(trx, input.clientId)
      if (!client) throw new DomainError('not_found', `No client with id ${input.clientId}.`)
      if (input.status === 'active') await assertNoActiveBlock(trx, client)
      await insertBlock(trx, { id, ...input, now })
      return found(await findBlock(trx, id), id)
    })
  },

  'blocks.importPlan': async (input, ctx) =>
    importPlan(ctx.db, input, { newId: () => ctx.newId(), now: ctx.now().toISOString() }),

  'blocks.importCsv': async (input, ctx) =>
    importSessionsCsv(ctx.db, input, { newId: () => ctx.newId(), now: ctx.now().toISOString() }),

  'blocks.duplicate': async ({ id, name, startDate }, ctx) => {
    const now = ctx.now().toISOString()
    const copyId = ctx.newId()
    return ctx.db.transaction().execute(async (trx) => {
      const source = await readBlock(trx, ctx, id)
      // A copy starts as a draft: the client keeps training the active block until the coach switches.
      await insertBlock(trx, {
        id: copyId,
        clientId: source.clientId,
        name,
        startDate,
        status: 'draft',
        weeks: source.weeks,
        now,
      })
      await insertSessions(
        trx,
        copyId,
        copySessions(source.sessions, () => ctx.newId()),
        now,
      )
      return found(await findBlock(trx, copyId), copyId)
    })
  },

  'blocks.updateWeeks': async ({ id, revision, weeks }, ctx) => {
    const { block } = await mutateBlock(ctx, id, revision, async (trx, before) => {
      const stranded = before.sessions.filter((s) => s.weekIndex >= weeks.length)
      if (stranded.length > 0) {
        const week = Math.min(...stranded.map((s) => s.weekIndex)) + 1
        throw new DomainError(
          'invalid_input',
          `Week ${week} still has sessions; delete or move them before removing the week.`,
          [{ path: 'weeks', message: `week ${week} still has sessions` }],
        )
      }
      await setBlockWeeks(trx, id, before.weeks.length, weeks)
      return { after: { ...before, weeks: [...weeks] }, result: null }
    })
    return block
  },

  'blocks.setStatus': async ({ id, revision, status }, ctx) => {
    const { block } = await mutateBlock(ctx, id, revision, async (trx, before) => {
      if (status === 'active' && before.status !== 'active') {
        const client = await findClient(trx, before.clientId)
        if (client) await assertNoActiveBlock(trx, client)
      }
      await setBlockStatus(trx, id, status)
      return { after: { ...before, status }, result: null }
    })
    return block
  },

  'blocks.applyPatches': async ({ blockId, revision, patches }, ctx) => {
    const { block, result } = await mutateBlock(
      ctx,
      blockId,
      revision,
      async (trx, before, now) => {
        const library = await exerciseIndex(trx)
        const applied = applySessionPatches(before.sessions, patches, before.weeks.length, library)
        if (!applied.ok)
          throw new DomainError('invalid_input', summariseIssues(applied.issues), applied.issues)
        const { inserted, updated, deletedIds } = applied.outcome
        const taken = await existingSessionIds(
          trx,
          inserted.map((s) => s.id),
        )
        if (taken.size > 0)
          throw new DomainError('conflict', `Session id ${[...taken][0]} is already in use.`)
        await deleteSessions(trx, blockId, deletedIds)
        await insertSessions(trx, blockId, inserted, now)
        await updateSessions(trx, blockId, updated, now)
        const edit = {
          inserted,
          updated: [...updated, ...(await detachedByDeletes(trx, before, applied.outcome))],
          deletedIds,
        }
        const after = { ...before, sessions: sessionsAfterEdit(before.sessions, edit) }
        return { after, result: { ...edit, ...(await planOfBlock(trx, after, { library })) } }
      },
    )
    // The block is already in memory: analysing it here saves the editor a second round trip.
    const { inserted, updated, deletedIds, plan, overrides, library } = result
    return {
      revision: block.revision,
      updatedAt: block.updatedAt,
      inserted,
      updated,
      deletedIds,
      analysis: analysisWithOverrides({ plan, overrides, library }),
    }
  },

  'blocks.previewPatches': async ({ blockId, revision, patches }, ctx) => {
    const before = await readBlock(ctx.db, ctx, blockId)
    if (before.revision !== revision) throw staleRevision()
    const library = await exerciseIndex(ctx.db)
    const applied = applySessionPatches(before.sessions, patches, before.weeks.length, library)
    if (!applied.ok)
      throw new DomainError('invalid_input', summariseIssues(applied.issues), applied.issues)
    const after = { ...before, sessions: sessionsAfterEdit(before.sessions, applied.outcome) }
    return analysisWithOverrides(await planOfBlock(ctx.db, after, { library }))
  },

  'blocks.enginePlan': async ({ id }, ctx) => (await loadBlockPlan(ctx.db, ctx.blocks, id)).plan,

  'blocks.fitness': async ({ id }, ctx) =>
    fitnessOf((await loadBlockPlan(ctx.db, ctx.blocks, id)).plan),

  'blocks.analyze': async ({ id }, ctx) =>
    analysisWithOverrides(await loadBlockPlan(ctx.db, ctx.blocks, id)),

  'blocks.balance': async ({ id, week }, ctx) => {
    const { plan, overrides, library } = await loadBlockPlan(ctx.db, ctx.blocks, id)
    const { plan: _proposed, ...proposal } = proposeBalance(
      plan,
      week === undefined ? { library } : { week, library },
    )
    return {
      ...proposal,
      before: withOverrides(proposal.before, overrides),
      after: withOverrides(proposal.after, overrides),
    }
  },
}
