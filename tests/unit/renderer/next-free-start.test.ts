import { describe, expect, it } from 'vitest'
import { newSession, nextFreeStart } from '../../../renderer/src/block/sheet/sheet-edits'

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
