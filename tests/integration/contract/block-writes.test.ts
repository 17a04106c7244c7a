import { describe, expect, it } from 'vitest'
import { mutateBlock } from '../../../server/block-writes'
import { BlockSnapshots, setBlockStatus } from '../../../db/repositories/block.repository'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { FROZEN_NOW, testBackend, value } from '../../support/backend'

async function backendWithBlock() {
  const backend = await testBackend()
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
  )
  const block = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Base',
      startDate: '2026-11-23',
      weeks: [{ phase: 'build' }],
    }),
  )
  const ctx = { db: backend.database.db, blocks: new BlockSnapshots(), now: () => FROZEN_NOW }
  return { backend, block, ctx }
}

describe('mutateBlock: the one owner of block writes', () => {
  it('bumps the revision and remembers the block as saved', async () => {
    const { backend, block, ctx } = await backendWithBlock()
    const { block: saved } = await mutateBlock(
      ctx,
      block.id,
      block.revision,
      async (trx, before) => {
        await setBlockStatus(trx, block.id, 'done')
        return { after: { ...before, status: 'done' as const }, result: null }
      },
    )
    expect(saved.revision).toBe(block.revision + 1)
    expect(value<Block>(await backend.dispatch('blocks.get', { id: block.id }))).toMatchObject({
      status: 'done',
      revision: block.revision + 1,
    })
    await backend.close()
  })

  it('the database refuses a write whose revision moved underneath it, and nothing of it stays', async () => {
    const { backend, block, ctx } = await backendWithBlock()
    const racing = mutateBlock(ctx, block.id, block.revision, async (trx, before) => {
      await setBlockStatus(trx, block.id, 'done')
      // Another writer got in between the read and the bump.
      await trx
        .updateTable('blocks')
        .set({ revision: block.revision + 5 })
        .where('id', '=', block.id)
        .execute()
      return { after: { ...before, status: 'done' as const }, result: null }
    })
    await expect(racing).rejects.toMatchObject({ code: 'conflict' })
    expect(value<Block>(await backend.dispatch('blocks.get', { id: block.id }))).toMatchObject({
      status: 'draft',
      revision: block.revision,
    })
    await backend.close()
  })
})
