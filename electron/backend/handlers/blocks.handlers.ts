import { findBlock, listBlocksOfClient } from '../../../db/repositories/block.repository'
import { DomainError } from '../../../shared/contract/result'
import type { DomainHandlers } from './handler-types'

export const blockHandlers: DomainHandlers<'blocks'> = {
  'blocks.listForClient': ({ clientId }, ctx) => listBlocksOfClient(ctx.db, clientId),

  'blocks.get': async ({ id }, ctx) => {
    const block = await findBlock(ctx.db, id)
    if (!block) throw new DomainError('not_found', `No block with id ${id}.`)
    return block
  },
}
