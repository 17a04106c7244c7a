import { describe, expect, it } from 'vitest'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import { mergeBlockEdit } from '../../../shared/plans/merge-block-edit'
import type { BlockEdit } from '../../../shared/schemas/block-edit.schema'
import type { BlockWrite, BlockWriteResult } from '../../../shared/schemas/block-write.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import type { Backend } from '../../../server/backend'
import { deleteRowsEdit } from '../../../renderer/src/block/sheet/sheet-edits'
import { testBackend, value } from '../../support/backend'

async function clientWithBlock(backend: Backend, status: 'draft' | 'active' = 'draft') {
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ana', goal: 'strength' }),
  )
  const block = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Base',
      startDate: '2026-11-23',
      weeks: [{ phase: 'build' }, { phase: 'build' }],
      status,
    }),
  )
  return { client, block }
}

const squat = {
  id: 'sq1',
  weekIndex: 0,
  sortOrder: 0,
  day: 1,
  start: '18:00',
  durationMin: 75,
  modality: 'strength',
  region: 'lower',
  topSetReps: 5,
}
const jog = {
  id: 'run1',
  weekIndex: 0,
  sortOrder: 1,
  day: 1,
  start: '19:15',
  durationMin: 25,
  modality: 'run',
  runType: 'easy',
  zone: 2,
}

/** The squat and a second session after it, as the block's first save (revision 1 → 2). */
async function squatThen(backend: Backend, blockId: string, second: object) {
  await backend.dispatch('blocks.applyPatches', {
    blockId,
    revision: 1,
    patches: [
      { op: 'insert', session: squat },
      { op: 'insert', session: second },
    ],
  })
}

describe('blocks through the contract', () => {
  it('creates a block from a Monday with its weeks', async () => {
    const backend = await testBackend()
    const { block } = await clientWithBlock(backend)
    expect(block).toMatchObject({
      name: 'Base',
      startDate: '2026-11-23',
      status: 'draft',
      revision: 1,
      sessions: [],
    })
    expect(block.weeks).toEqual([
      { phase: 'build', deload: false },
      { phase: 'build', deload: false },
    ])
    const notMonday = await backend.dispatch('blocks.create', {
      clientId: block.clientId,
      name: 'X',
      startDate: '2026-11-24',
      weeks: [{ phase: 'base' }],
    })
    expect(notMonday).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: 'startDate', message: 'a block starts on a Monday; 2026-11-24 is not a Monday' },
        ],
      },
    })
    await backend.close()
  })

  it('refuses a second active block for the same client with a clear message', async () => {
    const backend = await testBackend()
    const { client } = await clientWithBlock(backend, 'active')
    const second = await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Next',
      startDate: '2026-12-07',
      weeks: [{ phase: 'base' }],
      status: 'active',
    })
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } })
    if (!second.ok)
      expect(second.error.message).toContain('Ana already has an active block ("Base")')
    await backend.close()
  })

  it('applies inserts, updates and deletes as one step, bumps the revision and answers with the changes', async () => {
    const backend = await testBackend()
    const { block } = await clientWithBlock(backend)
    const first = value<BlockEdit>(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: 1,
        patches: [
          { op: 'insert', session: squat },
          { op: 'insert', session: jog },
        ],
      }),
    )
    expect(first).toMatchObject({ revision: 2, updated: [], deletedIds: [] })
    expect(first.inserted.map((s) => s.id)).toEqual(['sq1', 'run1'])
    const second = value<BlockEdit>(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: 2,
        patches: [
          { op: 'update', id: 'run1', changes: { durationMin: 8, zone: null } },
          { op: 'delete', id: 'sq1' },
        ],
      }),
    )
    expect(second).toMatchObject({ revision: 3, inserted: [], deletedIds: ['sq1'] })
    expect(second.updated).toHaveLength(1)
    expect(second.updated[0]).toMatchObject({ id: 'run1', durationMin: 8 })
    expect(second.updated[0]).not.toHaveProperty('zone')
    // What the editor rebuilds from the answers is exactly what the database holds.
    const merged = mergeBlockEdit(mergeBlockEdit(block, first), second)
    expect(value<Block>(await backend.dispatch('blocks.get', { id: block.id }))).toEqual(merged)
    // The analysis that comes back is the one blocks.analyze gives.
    expect(second.analysis).toEqual(
      value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id: block.id })),
    )
    await backend.close()
  })

  it('changes only the fields an edit names: a locked key cool-down keeps its lift, lock and the rest', async () => {
    const backend = await testBackend()
    const { block } = await clientWithBlock(backend)
    // Every field here has a default for new sessions, and none is the default.
    const untouched = {
      attachedTo: 'sq1',
      priority: 'key',
      locked: true,
      terrain: 'hilly',
      tag: 'rehab',
      status: 'completed',
    }
    await squatThen(backend, block.id, { ...jog, durationMin: 8, ...untouched })
    // A typed cell, then a move (what an accepted balance sends): neither resets anything else.
    for (const [revision, changes] of [
      [2, { durationMin: 10 }],
      [3, { day: 1, start: '19:30' }],
    ] as const) {
      const edit = value<BlockEdit>(
        await backend.dispatch('blocks.applyPatches', {
          blockId: block.id,
          revision,
          patches: [{ op: 'update', id: 'run1', changes }],
        }),
      )
      expect(edit.updated[0]).toMatchObject({ ...untouched, ...changes })
    }
    const stored = value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
    expect(stored.sessions.find((s) => s.id === 'run1')).toMatchObject({
      ...untouched,
      durationMin: 10,
      day: 1,
      start: '19:30',
    })
    await backend.close()
  })

  it('undoing the delete of a lift attaches its cool-down to it again; redo detaches it again', async () => {
    const backend = await testBackend()
    const { block } = await clientWithBlock(backend)
    await squatThen(backend, block.id, { ...jog, durationMin: 8, attachedTo: 'sq1' })
    const read = async () => value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
    const before = await read()
    // The lift is the first row; the cool-down after it stays.
    const step = deleteRowsEdit(before.sessions, 0, 0)!
    // Each save answers with the write that takes it back: undo sends it, and so does redo.
    const save = async (write: BlockWrite) =>
      value<BlockWriteResult>(
        await backend.dispatch('blocks.write', {
          blockId: block.id,
          revision: (await read()).revision,
          write,
        }),
      ).inverse
    const undo = await save({ kind: 'patches', patches: step.redo })
    expect((await read()).sessions).toEqual([
      expect.objectContaining({ id: 'run1', attachedTo: null }),
    ])
    const redo = await save(undo)
    expect((await read()).sessions.map((s) => [s.id, s.attachedTo])).toEqual([
      ['sq1', null],
      ['run1', 'sq1'],
    ])
    await save(redo)
    expect((await read()).sessions).toEqual([
      expect.objectContaining({ id: 'run1', attachedTo: null }),
    ])
    await backend.close()
  })

  it('sees a save made by another connection to the same file (another window or the CLI)', async () => {
    const app = await testBackend()
    const { block } = await clientWithBlock(app)
    value(
      await app.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: 1,
        patches: [{ op: 'insert', session: squat }],
      }),
    )
    // The app has just read and saved the block, so it holds it in memory.
    expect(value<Block>(await app.dispatch('blocks.get', { id: block.id })).revision).toBe(2)
    const cli = await testBackend({ sameDatabaseAs: app })
    value(
      await cli.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: 2,
        patches: [{ op: 'update', id: 'sq1', changes: { durationMin: 40 } }],
      }),
    )
    const seen = value<Block>(await app.dispatch('blocks.get', { id: block.id }))
    expect(seen.revision).toBe(3)
    expect(seen.sessions[0]).toMatchObject({ id: 'sq1', durationMin: 40 })
    const stale = await app.dispatch('blocks.applyPatches', {
      blockId: block.id,
      revision: 2,
      patches: [{ op: 'update', id: 'sq1', changes: { durationMin: 90 } }],
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await cli.close()
    await app.close()
  })

  it('keeps sessions in sheet order in the database and in merged edits', async () => {
    const backend = await testBackend()
    const { block } = await clientWithBlock(backend)
    const late = { ...squat, id: 'late', start: '18:00', sortOrder: 0 }
    const early = { ...jog, id: 'early', start: '06:00', sortOrder: 5 }
    const edit = value<BlockEdit>(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: 1,
        patches: [
          { op: 'insert', session: late },
          { op: 'insert', session: early },
        ],
      }),
    )
    const stored = value<Block>(await backend.dispatch('blocks.get', { id: block.id }))
    expect(stored.sessions.map((s) => s.id)).toEqual(['early', 'late'])
    expect(mergeBlockEdit(block, edit)).toEqual(stored)
    await backend.close()
  })

  it.each([
    [
      'a bad start time',
      { op: 'update', id: 'run1', changes: { start: '7am' } },
      'patches.1.changes.start',
      'expected HH:MM, got "7am"',
    ],
    [
      'a negative duration',
      { op: 'update', id: 'run1', changes: { durationMin: -5 } },
      'patches.1.changes.durationMin',
      'duration must be at least 1 minute',
    ],
    [
      'a week past the block',
      { op: 'update', id: 'run1', changes: { weekIndex: 5 } },
      'patches.1.changes.weekIndex',
      'this block has 2 weeks',
    ],
    [
      'a lift with no region',
      { op: 'update', id: 'sq1', changes: { region: null } },
      'patches.1.changes.region',
      'a strength session needs a region (lower, upper, full or core)',
    ],
    [
      'an unknown session',
      { op: 'delete', id: 'nope' },
      'patches.1.id',
      'no session with id nope in this block',
    ],
  ])(
    'rejects a batch with %s, names the patch and field, and writes nothing',
    async (_what, bad, path, message) => {
      const backend = await testBackend()
      const { block } = await clientWithBlock(backend)
      const seeded = mergeBlockEdit(
        block,
        value<BlockEdit>(
          await backend.dispatch('blocks.applyPatches', {
            blockId: block.id,
            revision: 1,
            patches: [
              { op: 'insert', session: squat },
              { op: 'insert', session: jog },
            ],
          }),
        ),
      )
      const result = await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: seeded.revision,
        patches: [{ op: 'update', id: 'sq1', changes: { durationMin: 60 } }, bad],
      })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.issues).toContainEqual({ path, message })
      expect(value<Block>(await backend.dispatch('blocks.get', { id: block.id }))).toEqual(seeded)
      await backend.close()
    },
  )

  it('refuses a save based on a stale revision instead of overwriting it', async () => {
    const backend = await testBackend()
    const { block } = await clientWithBlock(backend)
    value<BlockEdit>(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: 1,
        patches: [{ op: 'insert', session: squat }],
      }),
    )
    const stale = await backend.dispatch('blocks.applyPatches', {
      blockId: block.id,
      revision: 1,
      patches: [{ op: 'insert', session: jog }],
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(
      value<Block>(await backend.dispatch('blocks.get', { id: block.id })).sessions.map(
        (s) => s.id,
      ),
    ).toEqual(['sq1'])
    await backend.close()
  })
})

describe('analysis through the contract', () => {
  it('finds S02 (heavy squats then a 25-min run) and clears it when the run becomes a cool-down', async () => {
    const backend = await testBackend()
    const { block } = await clientWithBlock(backend)
    value<BlockEdit>(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: 1,
        patches: [
          { op: 'insert', session: squat },
          { op: 'insert', session: jog },
        ],
      }),
    )
    const rules = async () =>
      value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id: block.id }))
        .findings.filter((f) => f.sessions.includes('run1'))
        .map((f) => `${f.rule} ${f.severity}`)
        .sort()
    expect(await rules()).toEqual(['INT-01 warn', 'INT-04 warn'])
    value<BlockEdit>(
      await backend.dispatch('blocks.applyPatches', {
        blockId: block.id,
        revision: 2,
        patches: [{ op: 'update', id: 'run1', changes: { durationMin: 8 } }],
      }),
    )
    expect(await rules()).toEqual([])
    await backend.close()
  })

  it('keeps an override with its reason across a restart, and can withdraw it', async () => {
    const backend = await testBackend({ seedDemo: true })
    const maya = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Maya' }),
    )[0]!
    const blockId = maya.activeBlock!.id
    const analysis = value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id: blockId }))
    const int03 = analysis.findings.find((f) => f.rule === 'INT-03')!
    expect(int03).toMatchObject({ severity: 'critical', override: null })
    value(
      await backend.dispatch('findings.override', {
        blockId,
        rule: 'INT-03',
        subject: int03.subject,
        reason: 'Track session with a long warm-down; agreed with Maya',
      }),
    )
    await backend.close()

    const reopened = await testBackend({ sameDatabaseAs: backend })
    const again = value<BlockAnalysis>(await reopened.dispatch('blocks.analyze', { id: blockId }))
    const same = again.findings.find((f) => f.rule === 'INT-03' && f.subject === int03.subject)!
    expect(same.override).toMatchObject({
      reason: 'Track session with a long warm-down; agreed with Maya',
    })
    expect(
      value(
        await reopened.dispatch('findings.clearOverride', {
          blockId,
          rule: 'INT-03',
          subject: int03.subject,
        }),
      ),
    ).toEqual({ removed: true })
    const cleared = value<BlockAnalysis>(await reopened.dispatch('blocks.analyze', { id: blockId }))
    expect(
      cleared.findings.find((f) => f.subject === int03.subject && f.rule === 'INT-03')!.override,
    ).toBeNull()
    const noReason = await reopened.dispatch('findings.override', {
      blockId,
      rule: 'INT-03',
      subject: int03.subject,
      reason: '  ',
    })
    expect(noReason).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'reason', message: 'Give a reason for the override' }] },
    })
    await reopened.close()
  })

  it('proposes a balance whose moves, once applied, give exactly the promised findings', async () => {
    const backend = await testBackend({ seedDemo: true })
    const sofia = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Sofia' }),
    )[0]!
    const id = sofia.activeBlock!.id
    type Proposal = {
      status: string
      moves: { sessionId: string; to: { day: number; start: string } }[]
      after: { rule: string; severity: string; week: number }[]
    }
    const proposal = value<Proposal>(await backend.dispatch('blocks.balance', { id, week: 0 }))
    expect(proposal.status).toBe('proposal')
    expect(proposal.moves.length).toBeGreaterThan(0)
    const block = value<Block>(await backend.dispatch('blocks.get', { id }))
    const applied = value<BlockEdit>(
      await backend.dispatch('blocks.applyPatches', {
        blockId: id,
        revision: block.revision,
        patches: proposal.moves.map((m) => ({
          op: 'update',
          id: m.sessionId,
          changes: { day: m.to.day, start: m.to.start },
        })),
      }),
    )
    expect(applied.revision).toBe(block.revision + 1)
    const after = value<BlockAnalysis>(await backend.dispatch('blocks.analyze', { id }))
    const key = (f: { rule: string; severity: string; week: number }) =>
      `${f.week} ${f.rule} ${f.severity}`
    expect(after.findings.map(key).sort()).toEqual(proposal.after.map(key).sort())
    await backend.close()
  })
})
