import { listBlocksOfClient } from '../../db/repositories/block.repository'
import { findClient } from '../../db/repositories/client.repository'
import { DomainError } from '../../shared/contract/result'
import { proposeBalance } from '../../shared/engine/balance/balance'
import { fitnessOf } from '../../shared/engine/fitness'
import { copySessions } from '../../shared/plans/copy-sessions'
import { analysisOfBlock, loadBlockPlan, withOverrides } from '../block-analysis'
import { importPlan, importSessionsCsv } from '../plan-import'
import { createBlock, previewWrite, readBlock, writeBlock } from '../block-writes'
import { lastChangeOfBlock } from '../../db/repositories/change-log.repository'
import { clientOfBlock } from '../../db/repositories/client-access.repository'
import type { DomainHandlers } from './handler-types'

export const blockHandlers: DomainHandlers<'blocks'> = {
  'blocks.listForClient': ({ clientId }, ctx) => listBlocksOfClient(ctx.db, clientId),

  'blocks.get': ({ id }, ctx) => readBlock(ctx.db, ctx, id),

  'blocks.create': async ({ clientId, ...block }, ctx) => {
    const now = ctx.now().toISOString()
    const id = ctx.newId()
    return ctx.db.transaction().execute(async (trx) => {
      const client = await findClient(trx, clientId)
      if (!client) throw new DomainError('not_found', `No client with id ${clientId}.`)
      return createBlock(trx, client, { id, ...block, sessions: [], now })
    })
  },

  'blocks.importPlan': async (input, ctx) =>
    importPlan(ctx.db, input, {
      newId: () => ctx.newId(),
      now: ctx.now().toISOString(),
      ownerId: ctx.coach?.id,
    }),

  'blocks.importCsv': async (input, ctx) =>
    importSessionsCsv(ctx.db, input, { newId: () => ctx.newId(), now: ctx.now().toISOString() }),

  'blocks.duplicate': async ({ id, name, startDate }, ctx) => {
    const now = ctx.now().toISOString()
    const copyId = ctx.newId()
    return ctx.db.transaction().execute(async (trx) => {
      const source = await readBlock(trx, ctx, id)
      const client = await findClient(trx, source.clientId)
      if (!client) throw new DomainError('not_found', `No client with id ${source.clientId}.`)
      // A copy starts as a draft: the client keeps training the active block until the coach switches.
      return createBlock(trx, client, {
        id: copyId,
        name,
        startDate,
        status: 'draft',
        weeks: source.weeks,
        sessions: copySessions(source.sessions, () => ctx.newId()),
        now,
      })
    })
  },

  'blocks.write': (input, ctx) =>
    writeBlock(ctx, input).then(({ block: _block, ...saved }) => saved),

  'blocks.updateWeeks': async ({ id, revision, weeks }, ctx) =>
    (await writeBlock(ctx, { blockId: id, revision, write: { kind: 'weeks', weeks } })).block,

  'blocks.setStatus': async ({ id, revision, status }, ctx) =>
    (await writeBlock(ctx, { blockId: id, revision, write: { kind: 'status', status } })).block,

  'blocks.applyPatches': async ({ blockId, revision, patches }, ctx) => {
    const saved = await writeBlock(ctx, { blockId, revision, write: { kind: 'patches', patches } })
    const { inserted, updated, deletedIds } = saved.changes
    return {
      revision: saved.revision,
      updatedAt: saved.updatedAt,
      inserted,
      updated,
      deletedIds,
      analysis: saved.analysis,
    }
  },

  'blocks.previewPatches': ({ blockId, revision, patches }, ctx) =>
    previewWrite(ctx, { blockId, revision, write: { kind: 'patches', patches } }),

  'blocks.enginePlan': async ({ id }, ctx) => (await loadBlockPlan(ctx, id)).plan,

  'blocks.fitness': async ({ id }, ctx) => fitnessOf((await loadBlockPlan(ctx, id)).plan),

  'blocks.analyze': async ({ id }, ctx) => analysisOfBlock(ctx, await readBlock(ctx.db, ctx, id)),

  'blocks.balance': async ({ id, week }, ctx) => {
    const { plan, overrides, library } = await loadBlockPlan(ctx, id)
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

  'blocks.lastChange': async ({ id }, ctx) => {
    if ((await clientOfBlock(ctx.db, id)) === undefined) {
      throw new DomainError('not_found', `No block with id ${id}.`)
    }
    const last = await lastChangeOfBlock(ctx.db, id)
    return last
      ? {
          coachId: last.coach_id,
          coachName: last.coach_name,
          at: last.at,
          revision: last.block_revision,
        }
      : null
  },
}
