import { describe, expect, it } from 'vitest'
import {
  deleteLineEdit,
  fillLinesEdit,
  lineEdit,
  pasteLinesEdit,
} from '../../../renderer/src/block/sheet/line-edits'
import { newSession } from '../../../renderer/src/block/sheet/sheet-edits'

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

  it('undo gives the session the lines it had', () => {
    const step = deleteLineEdit(lift, 0)!
    expect(step.undo).toEqual([{ op: 'update', id: 's1', changes: { exercises: lift.exercises } }])
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
