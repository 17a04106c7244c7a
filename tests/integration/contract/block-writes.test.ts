import { describe, expect, it } from 'vitest'
import { mutateBlock } from '../../../server/block-writes'
import { BlockSnapshots, setBlockStatus } from '../../../db/repositories/block.repository'
import { mergeBlockEdit } from '../../../shared/plans/merge-block-edit'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { BlockWrite, BlockWriteResult } from '../../../shared/schemas/block-write.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { FROZEN_NOW, testBackend, value } from '../../support/backend'
import { easyRun } from '../../support/sessions'

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

/** A client (strength goal) whose block has a squat then a run straight after it (INT-01). */
async function blockWithFindings() {
  const backend = await testBackend()
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ana', goal: 'strength' }),
  )
  const block = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Base',
      startDate: '2026-11-23',
      weeks: [{ phase: 'build' }, { phase: 'build' }],
    }),
  )
  const run = { ...easyRun('run1', 0, { day: 1, start: '19:15', durationMin: 25 }) }
  const squat = {
    ...easyRun('sq1', 0, { day: 1, start: '18:00', durationMin: 75 }),
    modality: 'strength' as const,
    region: 'lower' as const,
    runType: undefined,
    topSetReps: 5,
  }
  const seeded = value<BlockWriteResult>(
    await backend.dispatch('blocks.write', {
      blockId: block.id,
      revision: block.revision,
      write: {
        kind: 'patches',
        patches: [
          { op: 'insert', session: squat },
          { op: 'insert', session: run },
        ],
      },
    }),
  )
  const read = async () => value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
  const analyse = async () =>
    value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id: block.id }))
  return { backend, block: await read(), seeded, read, analyse }
}

describe('blocks.write: every change to a block through the one owner', () => {
  it('each kind bumps the revision and answers with its changes, its inverse and the analysis after it; the inverse restores the block', async () => {
    const { backend, block, seeded, read, analyse } = await blockWithFindings()
    const int01 = seeded.analysis.findings.find((f) => f.rule === 'INT-01')!
    const writes: BlockWrite[] = [
      { kind: 'patches', patches: [{ op: 'update', id: 'run1', changes: { durationMin: 40 } }] },
      { kind: 'patches', patches: [{ op: 'delete', id: 'sq1' }] },
      { kind: 'status', status: 'done' },
      {
        kind: 'weeks',
        weeks: [
          { phase: 'base', deload: false },
          { phase: 'deload', deload: true },
          { phase: 'build', deload: false },
        ],
      },
      { kind: 'override', rule: 'INT-01', subject: int01.subject, reason: 'agreed' },
    ]
    for (const write of writes) {
      const before = await read()
      const beforeAnalysis = await analyse()
      const saved = value<BlockWriteResult>(
        await backend.dispatch('blocks.write', {
          blockId: block.id,
          revision: before.revision,
          write,
        }),
      )
      const after = await read()
      expect(saved.revision, write.kind).toBe(before.revision + 1)
      expect(after.revision).toBe(saved.revision)
      // The answer's changes give the block as stored, and its analysis is the block's analysis.
      expect(mergeBlockEdit(before, { ...saved.changes, ...saved })).toEqual(after)
      expect(saved.analysis).toEqual(await analyse())
      const undone = value<BlockWriteResult>(
        await backend.dispatch('blocks.write', {
          blockId: block.id,
          revision: saved.revision,
          write: saved.inverse,
        }),
      )
      expect({ ...(await read()), revision: 0, updatedAt: '' }).toEqual({
        ...before,
        revision: 0,
        updatedAt: '',
      })
      expect(undone.analysis).toEqual(beforeAnalysis)
    }
    await backend.close()
  })

  it('an override is a block write: it bumps the revision, so a window holding the old one is told', async () => {
    const { backend, block, seeded } = await blockWithFindings()
    const int01 = seeded.analysis.findings.find((f) => f.rule === 'INT-01')!
    const override = { blockId: block.id, rule: 'INT-01', subject: int01.subject }
    value(await backend.dispatch('findings.override', { ...override, reason: 'agreed' }))
    const stale = await backend.dispatch('blocks.write', {
      blockId: block.id,
      revision: block.revision,
      write: { kind: 'status', status: 'active' },
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(value<Block>(await backend.dispatch('blocks.get', { id: block.id })).revision).toBe(
      block.revision + 1,
    )
    expect(value(await backend.dispatch('findings.clearOverride', override))).toEqual({
      removed: true,
    })
    expect(value(await backend.dispatch('findings.clearOverride', override))).toEqual({
      removed: false,
    })
    await backend.close()
  })

  it('a preview runs the write’s own checks and writes nothing', async () => {
    const { backend, block } = await blockWithFindings()
    const other = await blockWithFindings()
    // An id taken in another block of the database is refused by the preview as by the save.
    const taken = { ...easyRun('elsewhere', 0, { day: 3 }) }
    value(
      await other.backend.dispatch('blocks.write', {
        blockId: other.block.id,
        revision: other.block.revision,
        write: { kind: 'patches', patches: [{ op: 'insert', session: taken }] },
      }),
    )
    await other.backend.close()
    const mine = await backend.dispatch('blocks.previewPatches', {
      blockId: block.id,
      revision: block.revision,
      patches: [{ op: 'insert', session: { ...taken, id: 'sq1' } }],
    })
    expect(mine).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const preview = value<BlockAnalysis>(
      await backend.dispatch('blocks.previewPatches', {
        blockId: block.id,
        revision: block.revision,
        patches: [{ op: 'update', id: 'run1', changes: { start: '06:00', day: 3 } }],
      }),
    )
    expect(preview.findings.map((f) => f.rule)).not.toContain('INT-01')
    expect(value<Block>(await backend.dispatch('blocks.get', { id: block.id }))).toEqual(block)
    await backend.close()
  })
})
