import {
  bumpBlockRevision,
  findBlock,
  insertBlock,
  listBlocksOfClient,
  setBlockStatus,
  setBlockWeeks,
} from '../../../db/repositories/block.repository'
import { findClient } from '../../../db/repositories/client.repository'
import {
  deleteSessions,
  existingSessionIds,
  insertSessions,
  updateSessions,
} from '../../../db/repositories/session.repository'
import { summariseIssues } from '../../../shared/contract/field-issues'
import { DomainError } from '../../../shared/contract/result'
import { proposeBalance } from '../../../shared/engine/balance/balance'
import { applySessionPatches } from '../../../shared/plans/apply-patches'
import { copySessions } from '../../../shared/plans/copy-sessions'
import { compareSessions } from '../../../shared/plans/session-order'
import type { Block } from '../../../shared/schemas/block.schema'
import { analysisWithOverrides, loadBlockPlan, planOfBlock, withOverrides } from '../block-analysis'
import { assertNoActiveBlock, importPlan, importSessionsCsv } from '../plan-import'
import type { DomainHandlers } from './handler-types'

function found(block: Block | undefined, id: string): Block {
  if (!block) throw new DomainError('not_found', `No block with id ${id}.`)
  return block
}

/** Another window or the command line saved the block after this editor read it. */
const staleRevision = () =>
  new DomainError(
    'conflict',
    'This block was changed elsewhere (another window or the command line) since you opened it. Reload it to see the latest version; your edit was not saved.',
  )

export const blockHandlers: DomainHandlers<'blocks'> = {
  'blocks.listForClient': ({ clientId }, ctx) => listBlocksOfClient(ctx.db, clientId),

  'blocks.get': async ({ id }, ctx) => found(await ctx.blocks.read(ctx.db, id), id),

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
      const source = found(await ctx.blocks.read(trx, id), id)
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
    const now = ctx.now().toISOString()
    const saved = await ctx.db.transaction().execute(async (trx) => {
      const block = found(await ctx.blocks.read(trx, id), id)
      if (block.revision !== revision) throw staleRevision()
      const stranded = block.sessions.filter((s) => s.weekIndex >= weeks.length)
      if (stranded.length > 0) {
        const week = Math.min(...stranded.map((s) => s.weekIndex)) + 1
        throw new DomainError(
          'invalid_input',
          `Week ${week} still has sessions; delete or move them before removing the week.`,
          [{ path: 'weeks', message: `week ${week} still has sessions` }],
        )
      }
      await setBlockWeeks(trx, id, block.weeks.length, weeks)
      if (!(await bumpBlockRevision(trx, id, revision, now))) throw staleRevision()
      return { ...block, weeks: [...weeks], revision: revision + 1, updatedAt: now }
    })
    ctx.blocks.remember(saved)
    return saved
  },

  'blocks.setStatus': async ({ id, revision, status }, ctx) => {
    const now = ctx.now().toISOString()
    const saved = await ctx.db.transaction().execute(async (trx) => {
      const block = found(await ctx.blocks.read(trx, id), id)
      if (block.revision !== revision) throw staleRevision()
      if (status === 'active' && block.status !== 'active') {
        const client = await findClient(trx, block.clientId)
        if (client) await assertNoActiveBlock(trx, client)
      }
      await setBlockStatus(trx, id, status)
      if (!(await bumpBlockRevision(trx, id, revision, now))) throw staleRevision()
      return { ...block, status, revision: revision + 1, updatedAt: now }
    })
    ctx.blocks.remember(saved)
    return saved
  },

  'blocks.applyPatches': async ({ blockId, revision, patches }, ctx) => {
    const now = ctx.now().toISOString()
    const saved = await ctx.db.transaction().execute(async (trx) => {
      const block = found(await ctx.blocks.read(trx, blockId), blockId)
      if (block.revision !== revision) throw staleRevision()
      const result = applySessionPatches(block.sessions, patches, block.weeks.length)
      if (!result.ok)
        throw new DomainError('invalid_input', summariseIssues(result.issues), result.issues)
      const { inserted, updated, deletedIds, sessions } = result.outcome
      const taken = await existingSessionIds(
        trx,
        inserted.map((s) => s.id),
      )
      if (taken.size > 0)
        throw new DomainError('conflict', `Session id ${[...taken][0]} is already in use.`)
      await deleteSessions(trx, blockId, deletedIds)
      await insertSessions(trx, blockId, inserted, now)
      await updateSessions(trx, blockId, updated, now)
      if (!(await bumpBlockRevision(trx, blockId, revision, now))) throw staleRevision()
      const after = {
        ...block,
        sessions: sessions.sort(compareSessions),
        revision: revision + 1,
        updatedAt: now,
      }
      return { after, inserted, updated, deletedIds, ...(await planOfBlock(trx, after)) }
    })
    // The block is already in memory: analysing it here saves the editor a second round trip.
    const { after, inserted, updated, deletedIds, plan, overrides } = saved
    ctx.blocks.remember(after)
    return {
      revision: after.revision,
      updatedAt: after.updatedAt,
      inserted,
      updated,
      deletedIds,
      analysis: analysisWithOverrides(plan, overrides),
    }
  },

  'blocks.analyze': async ({ id }, ctx) => {
    const { plan, overrides } = await loadBlockPlan(ctx.db, ctx.blocks, id)
    return analysisWithOverrides(plan, overrides)
  },

  'blocks.balance': async ({ id, week }, ctx) => {
    const { plan, overrides } = await loadBlockPlan(ctx.db, ctx.blocks, id)
    const { plan: _proposed, ...proposal } = proposeBalance(
      plan,
      week === undefined ? {} : { week },
    )
    return {
      ...proposal,
      before: withOverrides(proposal.before, overrides),
      after: withOverrides(proposal.after, overrides),
    }
  },
}
