import { readBlock, writeBlock } from '../block-writes'
import type { BackendContext } from '../context'
import type { DomainHandlers } from './handler-types'

/**
 * An override written by the block-write owner on the block's current revision: accepting a
 * finding does not depend on which sessions the caller saw. (The editor sends `blocks.write` with
 * the revision it holds instead, so its next save follows on.)
 */
async function writeOverride(
  ctx: BackendContext,
  key: { blockId: string; rule: string; subject: string },
  reason: string | null,
) {
  const { revision } = await readBlock(ctx.db, ctx, key.blockId)
  const { blockId, rule, subject } = key
  return writeBlock(ctx, { blockId, revision, write: { kind: 'override', rule, subject, reason } })
}

export const findingHandlers: DomainHandlers<'findings'> = {
  'findings.override': async ({ reason, ...key }, ctx) => {
    const saved = await writeOverride(ctx, key, reason)
    return { rule: key.rule, subject: key.subject, reason, createdAt: saved.updatedAt }
  },
  'findings.clearOverride': async (key, ctx) => {
    const { inverse } = await writeOverride(ctx, key, null)
    return { removed: inverse.kind === 'override' && inverse.reason !== null }
  },
}
