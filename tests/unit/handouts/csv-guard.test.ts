import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvField, unguard, writeCsv } from '../../../shared/handouts/rfc4180'
import { parseDelimited } from '../../../shared/tables/delimited-text'

/** The first cell of a file's one row, as the file's reader gets it. */
function firstCell(csv: string): string {
  const table = parseDelimited(csv)
  if (!table.ok) throw new Error(JSON.stringify(table.problems))
  return table.rows[0]!.cells[0]!
}

/** One text cell written by writeCsv and read back as sessionsFromCsv reads text. */
// A second cell keeps a row whose first cell is empty from reading as a blank line (left out).
const written = (text: string) =>
  writeCsv([
    ['Text', 'End'],
    [text, 'end'],
  ])
const roundTrip = (text: string) => unguard(firstCell(written(text)))

describe('CSV formula guard (M5)', () => {
  it.each([
    ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'+1 keep", "''+1 keep"],
  ])('guards %s', (text, written) => {
    expect(csvField(text)).toBe(written)
  })

  it.each(['-3', '+2.5', '42', '0.75'])(
    'leaves a cell that is entirely a number (%s) as it is',
    (n) => {
      expect(csvField(n)).toBe(n)
    },
  )

  it.each(["'+1 keep", "'=x", "''", "'", '-1+cmd', '=1+1', 'plain'])(
    'reads back exactly what was written: %s',
    (text) => {
      expect(roundTrip(text)).toBe(text)
    },
  )

  it('reads back any text exactly, and never writes a cell a spreadsheet would run', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(roundTrip(text)).toBe(text)
        const cell = firstCell(written(text))
        if (!/^[-+]?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
      }),
      { numRuns: 500, seed: 5 },
    )
  })
})
