import { setBlockStatus, setBlockWeeks } from '../../db/repositories/block.repository'
import { findClient } from '../../db/repositories/client.repository'
import { DomainError } from '../../shared/contract/result'
import type { BlockWrite } from '../../shared/schemas/block-write.schema'
import { assertNoActiveBlock } from '../active-block'
import { noSessionChanges } from './block-write-kind'
import type { PrepareWrite } from './block-write-kind'

/** Draft, active (one per client) or done. */
export const prepareStatus: PrepareWrite<Extract<BlockWrite, { kind: 'status' }>> = async (
  before,
  { status },
  env,
) => {
  if (status === 'active' && before.status !== 'active') {
    const client = await findClient(env.db, before.clientId)
    if (client) await assertNoActiveBlock(env.db, client)
  }
  const after = { ...before, status }
  return {
    after,
    persist: async (trx) => {
      await setBlockStatus(trx, before.id, status)
      return {
        after,
        changes: { ...noSessionChanges(), status },
        inverse: { kind: 'status', status: before.status },
      }
    },
  }
}

/** Each week's phase and deload flag; weeks are added at the end, and only empty ones removed. */
export const prepareWeeks: PrepareWrite<Extract<BlockWrite, { kind: 'weeks' }>> = (
  before,
  { weeks },
) => {
  const stranded = before.sessions.filter((s) => s.weekIndex >= weeks.length)
  if (stranded.length > 0) {
    const week = Math.min(...stranded.map((s) => s.weekIndex)) + 1
    throw new DomainError(
      'invalid_input',
      `Week ${week} still has sessions; delete or move them before removing the week.`,
      [{ path: 'weeks', message: `week ${week} still has sessions` }],
    )
  }
  const after = { ...before, weeks: [...weeks] }
  return Promise.resolve({
    after,
    persist: async (trx) => {
      await setBlockWeeks(trx, before.id, before.weeks.length, weeks)
      return {
        after,
        changes: { ...noSessionChanges(), weeks: [...weeks] },
        inverse: { kind: 'weeks', weeks: before.weeks },
      }
    },
  })
}
