import { findBlock } from '../../db/repositories/block.repository'
import { deleteOverride, upsertOverride } from '../../db/repositories/override.repository'
import { DomainError } from '../../shared/contract/result'
import type { DomainHandlers } from './handler-types'

export const findingHandlers: DomainHandlers<'findings'> = {
  'findings.override': async (input, ctx) => {
    if (!(await findBlock(ctx.db, input.blockId))) {
      throw new DomainError('not_found', `No block with id ${input.blockId}.`)
    }
    return upsertOverride(ctx.db, { ...input, id: ctx.newId(), now: ctx.now().toISOString() })
  },
  'findings.clearOverride': async (input, ctx) => ({
    removed: await deleteOverride(ctx.db, input),
  }),
}
