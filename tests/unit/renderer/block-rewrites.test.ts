import { describe, expect, it } from 'vitest'
import type { Block, BlockSession } from '../../../shared/schemas/block.schema'
import type { SessionPatch } from '../../../shared/schemas/patch.schema'
import { savedStep } from '../../support/saved-step'
import { easyRun } from '../../support/sessions'
import { changeRows, rewriteStep } from '../../../renderer/src/block/change-step-model'
import { replaceWeeksStep } from '../../../renderer/src/block/replace-weeks-model'

const session = (id: string, weekIndex: number, extra: Partial<BlockSession> = {}) =>
  easyRun(id, weekIndex, extra)

const block = {
  id: 'b',
  clientId: 'c',
  name: 'Base',
  startDate: '2026-11-30',
  status: 'draft',
  revision: 1,
  createdAt: '',
  updatedAt: '',
  weeks: Array.from({ length: 4 }, () => ({ phase: 'build' as const, deload: false })),
  sessions: [session('w0', 0), session('w2', 2), session('w3', 3), session('w3b', 3)],
} as Block

/** The block's sessions after `patches`, as the backend would write them. */
const after = (sessions: readonly BlockSession[], patches: SessionPatch[]) =>
  savedStep(sessions, patches, 4).after

describe('inserting a template into the open block', () => {
  it('replaces the weeks it lands on, leaves out weeks past the end, and undoes exactly', () => {
    const fitted = {
      weeks: [
        { phase: 'build' as const, deload: false },
        { phase: 'build' as const, deload: false },
      ],
      sessions: [session('t0', 0, { durationMin: 50 }), session('t1', 1, { durationMin: 60 })],
    }
    const step = replaceWeeksStep(block, fitted, 2)
    const done = after(block.sessions, step.redo)
    expect(done.map((s) => [s.id, s.weekIndex, s.durationMin]).sort()).toEqual([
      ['t0', 2, 50],
      ['t1', 3, 60],
      ['w0', 0, 40],
    ])
    // At week 4 only the template's first week fits.
    const atEnd = after(block.sessions, replaceWeeksStep(block, fitted, 3).redo)
    expect(atEnd.map((s) => s.id).sort()).toEqual(['t0', 'w0', 'w2'])
    // The backend's undo puts back what was there.
    const undone = after(done, savedStep(block.sessions, step.redo, 4).undo)
    expect([...undone].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...block.sessions].sort((a, b) => a.id.localeCompare(b.id)),
    )
  })
})

describe('a rewrite (a progression, a deload) as one step', () => {
  it('sends only the fields that changed, and the backend’s undo clears what it added', () => {
    const run = session('r', 1, { durationMin: 40 })
    const longer = { ...run, durationMin: 44, distanceKm: 8 }
    const step = rewriteStep('run volume progression', [run], [longer])
    expect(step.redo).toEqual([
      { op: 'update', id: 'r', changes: { durationMin: 44, distanceKm: 8 } },
    ])
    expect(savedStep([run], step.redo).undo).toEqual([
      { op: 'update', id: 'r', changes: { durationMin: 40, distanceKm: null } },
    ])
    expect(changeRows([run], [longer], () => null)).toEqual([
      {
        key: 'r:time',
        week: 2,
        day: 0,
        what: 'easy run',
        before: '40 min',
        after: '44 min · 8 km',
      },
    ])
  })
})
