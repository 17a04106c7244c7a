import { describe, expect, it } from 'vitest'
import { SHEET_KEYS } from '../../../renderer/src/block/sheet/sheet-help'
import { SHEET_KEYMAP } from '../../../renderer/src/block/sheet/sheet-keymap'
import { counted } from '../../../shared/words/counted'

describe('the Keys help (?)', () => {
  it('lists every Ctrl+letter the sheet answers to', () => {
    const help = SHEET_KEYS.map(([keys]) => keys).join(', ')
    const letters = SHEET_KEYMAP.flatMap((b) => b.keys.split(' or ')).filter((k) =>
      /^Ctrl\+(Shift\+)?[A-Z]$/.test(k),
    )
    expect(letters).toContain('Ctrl+Y')
    for (const keys of letters) expect(help).toContain(keys)
  })
})

describe('a count in words', () => {
  it('puts the noun in its number', () => {
    expect(counted(1, 'session')).toBe('1 session')
    expect(counted(5, 'session')).toBe('5 sessions')
    expect(counted(0, 'change')).toBe('0 changes')
  })
})
