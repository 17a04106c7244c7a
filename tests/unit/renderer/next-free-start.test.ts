import { describe, expect, it } from 'vitest'
import { SHEET_COLUMNS } from '../../../renderer/src/block/sheet/sheet-columns'
import {
  appendRowEdit,
  draftSession,
  newSession,
  nextFreeStart,
  pasteEdit,
} from '../../../renderer/src/block/sheet/sheet-edits'
import { savedStep } from '../../support/saved-step'

const at = (id: string, start: string, durationMin = 60) => ({
  ...newSession(id, 0, 0, start, 0),
  durationMin,
})

describe('a new row starts at the next free time of its day', () => {
  it.each([
    ['after the row it is inserted under', [at('a', '18:00')], 'a', '19:00'],
    ['on the next quarter hour', [at('a', '06:00', 50)], 'a', '07:00'],
    ['past a session that follows', [at('a', '07:00'), at('b', '08:00', 90)], 'a', '09:30'],
    [
      'before the day’s first session when the evening is full',
      [at('a', '22:00', 120)],
      'a',
      '05:00',
    ],
  ])('%s', (_what, sameDay, afterId, expected) => {
    expect(
      nextFreeStart(
        sameDay,
        sameDay.find((s) => s.id === afterId),
      ),
    ).toBe(expected)
  })

  it('at 07:00 on an empty day', () => expect(nextFreeStart([], undefined)).toBe('07:00'))
})

describe('sessions added below the last row (the empty row, a paste past the end)', () => {
  const week = [
    { ...at('mon', '18:00'), day: 0 },
    { ...at('sat', '10:00', 90), day: 5 },
  ]

  it('start on the last row’s day, after its sessions', () => {
    const draft = draftSession(week, 'new')
    expect([draft.weekIndex, draft.day, draft.start]).toEqual([0, 5, '11:30'])
  })

  it('start at the next free time of the day a paste gives them, unless it gives a start', () => {
    const { step, added, rejected } = pasteEdit(
      week,
      SHEET_COLUMNS,
      { row: week.length, col: 0 },
      [
        ['1', 'Mon', '', '30'],
        ['1', 'Mon', '', '30'],
        ['1', 'Sun', '06:15', '30'],
      ],
      4,
      (() => {
        let n = 0
        return () => `p${++n}`
      })(),
    )
    expect(rejected).toEqual([])
    expect(added.map((s) => [s.day, s.start])).toEqual([
      [0, '19:00'],
      [0, '19:30'],
      [6, '06:15'],
    ])
    // The backend's undo deletes exactly the sessions the paste added.
    expect(savedStep(week, step!.redo).undo).toEqual([
      { op: 'delete', id: 'p1' },
      { op: 'delete', id: 'p2' },
      { op: 'delete', id: 'p3' },
    ])
  })

  it('take a value typed into the empty row, or refuse it with the column’s message', () => {
    const minutes = SHEET_COLUMNS.find((c) => c.label === 'Minutes')!
    const typed = appendRowEdit(week, minutes, '1h', 4, 'n1')
    expect('session' in typed && [typed.session.id, typed.session.durationMin]).toEqual(['n1', 60])
    expect(appendRowEdit(week, minutes, 'soon', 4, 'n2')).toHaveProperty('error')
  })
})
