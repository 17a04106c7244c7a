import { describe, expect, it } from 'vitest'
import { SHEET_COLUMNS } from '../../../renderer/src/block/sheet/sheet-columns'
import { cellEdit, newSession, pasteEdit } from '../../../renderer/src/block/sheet/sheet-edits'
import { overwrittenAcrossWeeks } from '../../../renderer/src/block/sheet/paste-overwrite'
import type { SessionPatch } from '../../../shared/schemas/patch.schema'
import { savedStep } from '../../support/saved-step'

const lift = {
  ...newSession('s1', 2, 1, '07:00', 0),
  modality: 'strength' as const,
  region: 'lower' as const,
  runType: undefined,
  notes: 'felt good',
  exercises: [
    { name: 'Back squat', sets: 5, reps: 5, pct1rm: 80 },
    { name: 'Romanian deadlift', sets: 3, reps: 8 },
  ],
}
const modality = SHEET_COLUMNS.find((c) => c.id === 'modality')!
const minutes = SHEET_COLUMNS.find((c) => c.id === 'duration')!

describe('a lift that becomes a run keeps no lift lines', () => {
  it('typed: the lines go to its notes in the same step, and undo restores lines and notes', () => {
    const result = cellEdit(lift, modality, 'easy run', 8)
    if ('error' in result || !result.step) throw new Error('no step')
    expect(result.step.redo[0]).toMatchObject({
      changes: {
        modality: 'run',
        exercises: null,
        notes: 'felt good · Lines: Back squat 5x5 @80%; Romanian deadlift 3x8',
      },
    })
    expect(savedStep([lift], result.step.redo).undo[0]).toMatchObject({
      changes: { modality: 'strength', exercises: lift.exercises, notes: 'felt good' },
    })
    expect(result.moved).toEqual([{ where: 'Week 3 Tue 07:00', count: 2 }])
  })
  it('an edit that keeps it a lift leaves its lines alone', () => {
    const result = cellEdit(lift, minutes, '50', 8)
    if ('error' in result || !result.step) throw new Error('no step')
    expect(result.step.redo[0]).toEqual({ op: 'update', id: 's1', changes: { durationMin: 50 } })
    expect(result.moved).toEqual([])
  })
  it('pasted: the same, reported per session', () => {
    const result = pasteEdit([lift], SHEET_COLUMNS, { row: 0, col: 4 }, [['run']], 8, () => 'x')
    expect(result.step?.redo[0]).toMatchObject({ changes: { exercises: null } })
    expect(result.moved).toHaveLength(1)
  })
})

describe('a paste over more than one week asks first', () => {
  const week = (id: string, weekIndex: number) => ({ ...newSession(id, weekIndex, 0, '07:00', 0) })
  const rows = [week('a', 0), week('b', 0), week('c', 1)]
  const update = (id: string): SessionPatch => ({ op: 'update', id, changes: {} })
  it('lists the sessions it overwrites when they lie in two weeks', () => {
    expect(overwrittenAcrossWeeks(rows, [update('b'), update('c')]).map((s) => s.id)).toEqual([
      'b',
      'c',
    ])
  })
  it('asks nothing for one week, or for what is not pasted over', () => {
    expect(overwrittenAcrossWeeks(rows, [update('a'), update('b')])).toEqual([])
    expect(
      overwrittenAcrossWeeks(rows, [
        { op: 'delete', id: 'a' },
        { op: 'delete', id: 'c' },
      ]),
    ).toEqual([])
  })
})
