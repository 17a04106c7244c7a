import { describe, expect, it } from 'vitest'
import { SHEET_COLUMNS } from '../../../renderer/src/block/sheet/sheet-columns'
import { newSession, pasteEdit } from '../../../renderer/src/block/sheet/sheet-edits'

// Week 1's Monday run; the paste lands on the empty row under it.
const rows = [
  { ...newSession('s1', 0, 0, '07:00', 0), modality: 'run' as const, runType: 'easy' as const },
]
const pasteNewRow = (cells: string[]) =>
  pasteEdit(rows, SHEET_COLUMNS, { row: rows.length, col: 0 }, [cells], 8, () => 'new')

describe('a mobility row pasted with its Type blank', () => {
  it('is taken silently, with no run type', () => {
    const result = pasteNewRow(['8', 'Sun', '19:00', '20', 'mobility', ''])
    expect(result.rejected).toEqual([])
    expect(result.added).toHaveLength(1)
    expect(result.added[0]).toMatchObject({ weekIndex: 7, day: 6, modality: 'mobility' })
    expect(result.added[0]!.runType).toBeUndefined()
  })

  it('given a type, says why not, naming the row as the sheet does', () => {
    const result = pasteNewRow(['8', 'Sun', '19:00', '20', 'mobility', 'easy'])
    expect(result.rejected).toEqual([
      {
        where: 'Week 8, Sun 19:00',
        column: 'Type / region',
        text: 'easy',
        message: 'A mobility session has no type',
      },
    ])
    expect(result.added[0]!.runType).toBeUndefined()
  })
})
