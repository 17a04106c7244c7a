import { describe, expect, it } from 'vitest'
import { parseDelimited, writeTsv } from '../../../shared/tables/delimited-text'

describe('CSV and TSV text, read through one parser', () => {
  it.each([
    [
      'a comma file with a BOM',
      '\uFEFFWeek,Day\r\n1,Mon\r\n',
      [
        ['Week', 'Day'],
        ['1', 'Mon'],
      ],
    ],
    [
      'a semicolon file (a European Excel)',
      'Week;Day;Notes\n1;Mon;a, b\n',
      [
        ['Week', 'Day', 'Notes'],
        ['1', 'Mon', 'a, b'],
      ],
    ],
    [
      'a tab file',
      'Week\tDay\n1\tMon',
      [
        ['Week', 'Day'],
        ['1', 'Mon'],
      ],
    ],
    [
      'a quoted cell with a line break and quotes',
      'A,B\n"one\nline ""two""",x\n',
      [
        ['A', 'B'],
        ['one\nline "two"', 'x'],
      ],
    ],
    ['a one-column file whose cells hold semicolons', 'Notes\na;b\n', [['Notes'], ['a;b']]],
    [
      'blank lines left out',
      'A,B\n\n1,2\n\n',
      [
        ['A', 'B'],
        ['1', '2'],
      ],
    ],
  ])('%s', (_what, text, rows) => {
    expect(parseDelimited(text)).toEqual(rows)
  })

  it('reads a clipboard as tabs only: one pasted "12,5" is one cell; two blank cells stay cells', () => {
    expect(parseDelimited('12,5', '\t')).toEqual([['12,5']])
    expect(parseDelimited('\t\r\n', '\t')).toEqual([['', '']])
    expect(parseDelimited('Tue\t06:30\r\n"a\tb"\tx\r\n', '\t')).toEqual([
      ['Tue', '06:30'],
      ['a\tb', 'x'],
    ])
  })

  it('writes a range the way spreadsheets read it back', () => {
    const rows = [
      ['Mon', 'say "go"'],
      ['two\nlines', 'a\tb'],
    ]
    expect(parseDelimited(writeTsv(rows), '\t')).toEqual(rows)
  })
})
