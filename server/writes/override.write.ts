import {
  deleteOverride,
  listOverrides,
  upsertOverride,
} from '../../db/repositories/override.repository'
import type { BlockWrite } from '../../shared/schemas/block-write.schema'
import { noSessionChanges } from './block-write-kind'
import type { PrepareWrite } from './block-write-kind'

/**
 * A coach accepts a finding with a reason (or withdraws that): the block's sessions stay as they
 * are, its analysis shows the finding greyed. The inverse puts back the reason it had, or none.
 */
export const prepareOverride: PrepareWrite<Extract<BlockWrite, { kind: 'override' }>> = async (
  before,
  { rule, subject, reason },
  env,
) => {
  const had = (await listOverrides(env.db, before.id)).find(
    (o) => o.rule === rule && o.subject === subject,
  )
  return {
    after: before,
    persist: async (trx, now) => {
      const key = { blockId: before.id, rule, subject }
      if (reason === null) await deleteOverride(trx, key)
      else await upsertOverride(trx, { ...key, reason, id: env.newId(), now })
      return {
        after: before,
        changes: { ...noSessionChanges(), override: { rule, subject, reason } },
        inverse: { kind: 'override', rule, subject, reason: had?.reason ?? null },
      }
    },
  }
}
