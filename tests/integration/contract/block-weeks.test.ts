import { describe, expect, it } from 'vitest'
import { copyWeekPatches } from '../../../shared/plans/copy-sessions'
import type { BlockEdit } from '../../../shared/schemas/block-edit.schema'
import type { BlockWriteResult } from '../../../shared/schemas/block-write.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import type { Backend } from '../../../server/backend'
import { testBackend, value } from '../../support/backend'

const lift = {
  id: 'lift',
  weekIndex: 0,
  sortOrder: 0,
  day: 0,
  start: '07:00',
  durationMin: 60,
  modality: 'strength',
  region: 'lower',
  topSetReps: 5,
}
const coolDown = {
  id: 'cool',
  weekIndex: 0,
  sortOrder: 1,
  day: 0,
  start: '08:00',
  durationMin: 10,
  modality: 'run',
  runType: 'easy',
  attachedTo: 'lift',
}
const longRun = {
  id: 'long',
  weekIndex: 1,
  sortOrder: 0,
  day: 6,
  start: '09:00',
  durationMin: 90,
  modality: 'run',
  runType: 'long',
}

/** A client with a three-week block: week 1 a lift with its cool-down, week 2 a long run. */
async function seeded(backend: Backend): Promise<Block> {
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
  )
  const block = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Base',
      startDate: '2026-11-23',
      weeks: [{ phase: 'base' }, { phase: 'build' }, { phase: 'build', deload: true }],
      status: 'active',
    }),
  )
  value(
    await backend.dispatch('blocks.applyPatches', {
      blockId: block.id,
      revision: block.revision,
      patches: [lift, coolDown, longRun].map((session) => ({ op: 'insert', session })),
    }),
  )
  return value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
}

const shape = (block: Block) =>
  block.sessions.map((s) => ({
    week: s.weekIndex,
    day: s.day,
    start: s.start,
    modality: s.modality,
    attached:
      s.attachedTo === null ? null : block.sessions.find((p) => p.id === s.attachedTo)!.start,
  }))

describe('duplicating a block', () => {
  it('copies every week and session under new ids into a draft, attachments following their copies', async () => {
    const backend = await testBackend()
    const source = await seeded(backend)
    const copy = value<Block>(
      await backend.dispatch('blocks.duplicate', {
        id: source.id,
        name: 'Base again',
        startDate: '2027-01-04',
      }),
    )
    expect(copy).toMatchObject({
      name: 'Base again',
      startDate: '2027-01-04',
      status: 'draft',
      clientId: source.clientId,
      weeks: source.weeks,
    })
    expect(copy.id).not.toBe(source.id)
    expect(shape(copy)).toEqual(shape(source))
    const sourceIds = new Set(source.sessions.map((s) => s.id))
    expect(copy.sessions.some((s) => sourceIds.has(s.id))).toBe(false)
    // The source is untouched and still the client's active block.
    expect(value<Block>(await backend.dispatch('blocks.get', { id: source.id }))).toEqual(source)
    await backend.close()
  })

  it('refuses a start date that is not a Monday and creates nothing', async () => {
    const backend = await testBackend()
    const source = await seeded(backend)
    const result = await backend.dispatch('blocks.duplicate', {
      id: source.id,
      name: 'Copy',
      startDate: '2027-01-05',
    })
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'startDate' }] } })
    const blocks = value<unknown[]>(
      await backend.dispatch('blocks.listForClient', { clientId: source.clientId }),
    )
    expect(blocks).toHaveLength(1)
    await backend.close()
  })
})

describe('the weeks of a block', () => {
  it('changes phases and deload flags in place, adds weeks at the end, and keeps the sessions', async () => {
    const backend = await testBackend()
    const block = await seeded(backend)
    const updated = value<Block>(
      await backend.dispatch('blocks.updateWeeks', {
        id: block.id,
        revision: block.revision,
        weeks: [
          { phase: 'accumulation' },
          { phase: 'accumulation' },
          { phase: 'transmutation' },
          { phase: 'deload', deload: true },
        ],
      }),
    )
    expect(updated.weeks.map((w) => `${w.phase}${w.deload ? '*' : ''}`)).toEqual([
      'accumulation',
      'accumulation',
      'transmutation',
      'deload*',
    ])
    expect(updated.revision).toBe(block.revision + 1)
    expect(updated.sessions).toEqual(block.sessions)
    expect(value<Block>(await backend.dispatch('blocks.get', { id: block.id }))).toEqual(updated)
    await backend.close()
  })

  it('removes an empty week from the end but refuses to strand sessions, naming the week', async () => {
    const backend = await testBackend()
    const block = await seeded(backend)
    const shorter = value<Block>(
      await backend.dispatch('blocks.updateWeeks', {
        id: block.id,
        revision: block.revision,
        weeks: block.weeks.slice(0, 2),
      }),
    )
    expect(shorter.weeks).toHaveLength(2)
    const refused = await backend.dispatch('blocks.updateWeeks', {
      id: block.id,
      revision: shorter.revision,
      weeks: block.weeks.slice(0, 1),
    })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: 'Week 2 still has sessions; delete or move them before removing the week.',
      },
    })
    expect(value<Block>(await backend.dispatch('blocks.get', { id: block.id }))).toEqual(shorter)
    await backend.close()
  })

  it('refuses weeks based on a stale revision', async () => {
    const backend = await testBackend()
    const block = await seeded(backend)
    const result = await backend.dispatch('blocks.updateWeeks', {
      id: block.id,
      revision: block.revision - 1,
      weeks: block.weeks,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await backend.close()
  })
})

describe('copying a week', () => {
  it('applies week 1 to the following weeks as one save, and its undo restores them exactly', async () => {
    const backend = await testBackend()
    const block = await seeded(backend)
    let n = 0
    const copy = copyWeekPatches(block.sessions, 0, [1, 2], () => `copy-${++n}`)
    expect(copy).toMatchObject({ replaced: 1, inserted: 4 })
    const done = value<BlockWriteResult>(
      await backend.dispatch('blocks.write', {
        blockId: block.id,
        revision: block.revision,
        write: { kind: 'patches', patches: copy.redo },
      }),
    )
    const after = value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
    const week = (w: number) =>
      shape(after)
        .filter((s) => s.week === w)
        .map(({ week: _week, ...rest }) => rest)
    expect(week(1)).toEqual(week(0))
    expect(week(2)).toEqual(week(0))
    // Undo sends back the write the save answered with.
    value(
      await backend.dispatch('blocks.write', {
        blockId: block.id,
        revision: done.revision,
        write: done.inverse,
      }),
    )
    const undone = value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
    expect(undone.sessions).toEqual(block.sessions)
    await backend.close()
  })

  it('detaches a cool-down whose lift is deleted, in the answer as in the database', async () => {
    const backend = await testBackend()
    const block = await seeded(backend)
    const edit = value<BlockEdit>(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: block.revision,
        patches: [{ op: 'delete', id: 'lift' }],
      }),
    )
    expect(edit.updated).toEqual([expect.objectContaining({ id: 'cool', attachedTo: null })])
    const stored = value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
    expect(stored.sessions.find((s) => s.id === 'cool')?.attachedTo).toBeNull()
    await backend.close()
  })
})

describe('the status of a block', () => {
  it('moves a block between draft, active and done, one active block per client', async () => {
    const backend = await testBackend()
    const active = await seeded(backend)
    const draft = value<Block>(
      await backend.dispatch('blocks.duplicate', {
        id: active.id,
        name: 'Next',
        startDate: '2027-01-04',
      }),
    )
    const refused = await backend.dispatch('blocks.setStatus', {
      id: draft.id,
      revision: draft.revision,
      status: 'active',
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    if (!refused.ok)
      expect(refused.error.message).toContain('Ana already has an active block ("Base")')
    value(
      await backend.dispatch('blocks.setStatus', {
        id: active.id,
        revision: active.revision,
        status: 'done',
      }),
    )
    const now = value<Block>(
      await backend.dispatch('blocks.setStatus', {
        id: draft.id,
        revision: draft.revision,
        status: 'active',
      }),
    )
    expect(now).toMatchObject({ status: 'active', revision: draft.revision + 1 })
    expect(value<Block>(await backend.dispatch('blocks.get', { id: draft.id }))).toEqual(now)
    await backend.close()
  })
})
