import { describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import { analysisWithOverrides, planOfBlock } from '../../../server/block-analysis'
import type { Block, BlockSummary } from '../../../shared/schemas/block.schema'
import type { BlockWriteResult } from '../../../shared/schemas/block-write.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'

async function maya() {
  const backend = await testBackend({ seedDemo: true })
  const call = async <T>(name: Parameters<Backend['dispatch']>[0], input: unknown) =>
    value<T>(await backend.dispatch(name, input))
  const client = (await call<ClientSummary[]>('clients.list', { search: 'Maya' }))[0]!
  const blocks = await call<BlockSummary[]>('blocks.listForClient', { clientId: client.id })
  const read = (status: 'active' | 'done') =>
    call<Block>('blocks.get', { id: blocks.find((b) => b.status === status)!.id })
  /** One edit of her active block, as the editor saves it; the answer's analysis. */
  const save = async (minutes: number) => {
    const block = await read('active')
    const saved = await call<BlockWriteResult>('blocks.write', {
      blockId: block.id,
      revision: block.revision,
      write: {
        kind: 'patches',
        patches: [{ op: 'update', id: block.sessions[0]!.id, changes: { durationMin: minutes } }],
      },
    })
    return saved.analysis.findings
  }
  /** Her block analysed afresh: nothing kept, nothing stored. */
  const fresh = async () =>
    analysisWithOverrides(await planOfBlock({ db: backend.database.db }, await read('active')))
      .findings
  return { backend, call, client, read, save, fresh }
}

describe('the editor keeps a block’s history and readiness under their fingerprint', () => {
  it('a save reuses them while the blocks and reports they were built from are unchanged', async () => {
    const m = await maya()
    expect(await m.save(60)).toEqual(await m.fresh())
    // Behind the app's back, her earlier block's sessions grow to 5 h without a new revision:
    // the kept history is still taken, as every real write bumps the revision.
    const past = await m.read('done')
    await m.backend.database.db
      .updateTable('sessions')
      .set({ duration_min: 300, minutes_actual: 300, rpe_actual: 9 })
      .where('block_id', '=', past.id)
      .execute()
    const kept = await m.save(61)
    const reread = await m.fresh()
    expect(kept).not.toEqual(reread)
    // A write to that block (here a status change and back) bumps its revision: read again.
    for (const status of ['draft', 'done'] as const) {
      const block = await m.read('done')
      await m.call('blocks.write', {
        blockId: block.id,
        revision: block.revision,
        write: { kind: 'status', status },
      })
    }
    expect(await m.save(62)).toEqual(await m.fresh())
    await m.backend.close()
  })

  it.each([
    [
      'a readiness report',
      (m: Awaited<ReturnType<typeof maya>>, block: Block) =>
        m.call('readiness.save', {
          clientId: m.client.id,
          entries: [{ date: block.startDate, sleepH: 4, fatigue: 9, illness: true }],
        }),
    ],
    [
      'a max',
      (m: Awaited<ReturnType<typeof maya>>) =>
        m.call('maxes.set', {
          clientId: m.client.id,
          lift: 'Back squat',
          oneRmKg: 60,
          measuredOn: '2026-11-01',
        }),
    ],
    [
      'a session logged in her earlier block',
      async (m: Awaited<ReturnType<typeof maya>>) => {
        const past = await m.read('done')
        return m.call('blocks.write', {
          blockId: past.id,
          revision: past.revision,
          write: {
            kind: 'patches',
            patches: [
              { op: 'update', id: past.sessions.at(-1)!.id, changes: { status: 'skipped' } },
            ],
          },
        })
      },
    ],
  ])('a save after %s analyses with it', async (_what, change) => {
    const m = await maya()
    await m.save(60)
    await change(m, await m.read('active'))
    expect(await m.save(61)).toEqual(await m.fresh())
    await m.backend.close()
  })
})
