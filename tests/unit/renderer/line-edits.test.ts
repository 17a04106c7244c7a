import { describe, expect, it } from 'vitest'
import {
  deleteLineEdit,
  fillLinesEdit,
  lineCellText,
  lineEdit,
  lineFieldEdit,
  pasteLinesEdit,
} from '../../../renderer/src/block/sheet/line-edits'
import { newSession } from '../../../renderer/src/block/sheet/sheet-edits'
import { savedStep } from '../../support/saved-step'

const lift = {
  ...newSession('s1', 0, 0, '07:00', 0),
  modality: 'strength' as const,
  region: 'lower' as const,
  exercises: [
    { name: 'Back squat', sets: 5, reps: 5, pct1rm: 80 },
    { name: 'Romanian deadlift', sets: 3, reps: 8 },
  ],
}
const linesAfter = (result: { step: { redo: unknown[] } | null } | { error: string }) =>
  'step' in result && result.step
    ? (result.step.redo[0] as { changes: { exercises: unknown } }).changes.exercises
    : result

describe('exercise lines edited in the sheet', () => {
  it('a typed line replaces the one there, or is added past the last; an emptied one goes', () => {
    expect(linesAfter(lineEdit(lift, 1, 'RDL 3x10 @RPE7'))).toEqual([
      lift.exercises[0],
      { name: 'RDL', sets: 3, reps: 10, rpe: 7 },
    ])
    expect(linesAfter(lineEdit(lift, 2, 'Plank 3x45s'))).toHaveLength(3)
    expect(linesAfter(lineEdit(lift, 0, ''))).toEqual([lift.exercises[1]])
    expect(lineEdit(lift, 2, '')).toEqual({ step: null })
    expect(lineEdit(lift, 0, '5x5')).toEqual({ error: 'Name the exercise in "5x5"' })
  })

  it('undo (the backend’s answer to the step) gives the session the lines it had', () => {
    const step = deleteLineEdit(lift, 0)!
    expect(savedStep([lift], step.redo).undo).toEqual([
      { op: 'update', id: 's1', changes: { exercises: lift.exercises } },
    ])
  })

  it('pasted rows become lines from where they land, cells of a row read as one line, all or nothing', () => {
    expect(
      linesAfter(pasteLinesEdit(lift, 1, [['Front squat 3x6 @70%'], ['Plank', '3x45s'], ['']])),
    ).toEqual([
      lift.exercises[0],
      { name: 'Front squat', sets: 3, reps: 6, pct1rm: 70 },
      { name: 'Plank', sets: 3, durationSec: 45 },
    ])
    expect(pasteLinesEdit(lift, 0, [['Plank 3x45s'], ['3x5']])).toEqual({
      error: 'Pasted row 2: Name the exercise in "3x5"',
    })
  })

  it('Ctrl+D copies the top line of a selection into the lines below it', () => {
    expect(linesAfter({ step: fillLinesEdit(lift, 0, 1) })).toEqual([
      lift.exercises[0],
      lift.exercises[0],
    ])
    expect(fillLinesEdit(lift, 1, 1)).toBeNull()
  })
})

describe('a line’s own cells', () => {
  it.each([
    ['amount', '3x8-12', { name: 'Back squat', sets: 3, reps: 8, repsMax: 12, pct1rm: 80 }],
    ['amount', '3x10/leg', { name: 'Back squat', sets: 3, reps: 10, perSide: true, pct1rm: 80 }],
    ['intensity', '@RPE8', { name: 'Back squat', sets: 5, reps: 5, rpe: 8 }],
    ['intensity', '100kg', { name: 'Back squat', sets: 5, reps: 5, loadKg: 100 }],
    ['intensity', '', { name: 'Back squat', sets: 5, reps: 5 }],
    ['rest', '2:30', { name: 'Back squat', sets: 5, reps: 5, pct1rm: 80, restSec: 150 }],
    ['notes', 'belt', { name: 'Back squat', sets: 5, reps: 5, pct1rm: 80, notes: 'belt' }],
    ['name', 'Front squat', { name: 'Front squat', sets: 5, reps: 5, pct1rm: 80 }],
    ['name', 'Front squat 3x6 @70%', { name: 'Front squat', sets: 3, reps: 6, pct1rm: 70 }],
  ] as const)('%s typed as %j', (field, text, line) => {
    expect((linesAfter(lineFieldEdit(lift, 0, field, text)) as unknown[])[0]).toEqual(line)
  })

  it('refuses what a cell cannot hold, saying how to write it', () => {
    expect(lineFieldEdit(lift, 0, 'intensity', 'heavy')).toEqual({
      error: 'Write it like @80%, @RPE7, RIR2 or 60kg',
    })
    expect(lineFieldEdit(lift, 2, 'rest', '2:00')).toEqual({
      error: 'Type the exercise first, e.g. Back squat 5x5 @80%',
    })
  })

  it('shows each part as it is typed', () => {
    const line = { name: 'Pull-up', sets: 4, reps: 6, repsMax: 8, rpe: 8, restSec: 120 }
    expect(
      ['name', 'amount', 'intensity', 'rest'].map((f) => lineCellText(line, f as 'name')),
    ).toEqual(['Pull-up', '4x6-8', '@RPE8', '2min'])
  })
})
