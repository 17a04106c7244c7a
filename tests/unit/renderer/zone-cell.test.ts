import { describe, expect, it } from 'vitest'
import { SHEET_COLUMNS } from '../../../renderer/src/block/sheet/sheet-columns'
import { newSession } from '../../../renderer/src/block/sheet/sheet-edits'

const zone = SHEET_COLUMNS.find((c) => c.id === 'zone')!
const run = {
  ...newSession('r', 0, 1, '07:00', 0),
  modality: 'run' as const,
  runType: 'easy' as const,
}

describe('the Zone cell reads a zone as coaches write it', () => {
  it.each(['2', 'z2', 'Z2', 'zone 2', 'Zone2', ' Z 2 '])('%j is zone 2', (text) => {
    expect(zone.parse!(text, run, 1)).toEqual({ changes: { zone: 2 } })
  })

  it.each([
    ['z9', 'Zone is from 1 to 5'],
    ['z', 'Zone must be a number'],
    ['zone two', 'Zone must be a number'],
  ])('%j is refused (%s)', (text, message) => {
    expect(zone.parse!(text, run, 1)).toEqual({ error: expect.stringContaining(message) as string })
  })
})
