import { describe, expect, it } from 'vitest'
import { sheetCommand } from '../../../renderer/src/block/sheet/sheet-keymap'
import { tabTarget } from '../../../renderer/src/block/sheet/sheet-navigation'

const SESSIONS = ['session', 'session', 'session'] as const

const press = (
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
})

describe('the sheet’s keys, as data', () => {
  it.each([
    [press('ArrowDown', { alt: true }), 'showLines'],
    [press('ArrowUp', { alt: true }), 'hideLines'],
    [press('z', { ctrl: true }), 'undo'],
    [press('Z', { ctrl: true, shift: true }), 'redo'],
    [press('y', { meta: true }), 'redo'],
    [press('d', { ctrl: true }), 'fillDown'],
    [press('?'), 'help'],
    [press('F1'), 'help'],
    [press('Enter'), 'edit'],
    [press('F2'), 'edit'],
    [press('Delete'), 'clear'],
    [press('Backspace'), 'clear'],
    [press('Escape'), 'collapse'],
    [press('Enter', { ctrl: true }), 'insertRow'],
    [press('=', { ctrl: true, shift: true }), 'insertRow'],
    [press('-', { ctrl: true }), 'deleteRows'],
    [press('Delete', { shift: true }), 'deleteRows'],
    [press('7'), 'type'],
  ] as const)('%o → %s', (event, command) => {
    expect(sheetCommand(event)).toBe(command)
  })
  it('leaves alone what it has no use for', () => {
    expect(sheetCommand(press('c', { ctrl: true }))).toBeNull()
    expect(sheetCommand(press('Tab'))).toBeNull()
    expect(sheetCommand(press('x', { alt: true }))).toBeNull()
  })
})

describe('Tab walks the cells that can be typed in', () => {
  it('skips Day stress and Findings (columns 6 and 7)', () => {
    expect(tabTarget({ row: 0, col: 5 }, 1, 17, SESSIONS)).toEqual({ row: 0, col: 8 })
    expect(tabTarget({ row: 0, col: 8 }, -1, 17, SESSIONS)).toEqual({ row: 0, col: 5 })
  })
  it('wraps to the next row, and leaves the grid past the last cell', () => {
    expect(tabTarget({ row: 0, col: 16 }, 1, 17, SESSIONS)).toEqual({ row: 1, col: 0 })
    expect(tabTarget({ row: 2, col: 16 }, 1, 17, SESSIONS)).toBeNull()
    expect(tabTarget({ row: 0, col: 0 }, -1, 17, SESSIONS)).toBeNull()
  })
})
