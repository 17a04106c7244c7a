import { describe, expect, it } from 'vitest'
import {
  MAX_DELIMITED_ROWS,
  parseClipboard,
  parseDelimited,
  writeTsv,
} from '../../../shared/tables/delimited-text'

/** The header and rows of a file that must read, as plain cells. */
function cells(text: string): string[][] {
  const table = parseDelimited(text)
  if (!table.ok) throw new Error(JSON.stringify(table.problems))
  return [table.header, ...table.rows.map((r) => r.cells)]
}

describe('CSV and TSV files, read through one parser', () => {
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
      'blank lines and rows of empty cells left out',
      'A,B\n\n1,2\n,\n\n',
      [
        ['A', 'B'],
        ['1', '2'],
      ],
    ],
  ])('%s', (_what, text, rows) => {
    expect(cells(text)).toEqual(rows)
  })

  it('numbers each row as a spreadsheet does, blank lines and line breaks in cells counted', () => {
    const table = parseDelimited('A,B\n\n"x\ny",1\n2,3\n')
    expect(table.ok && table.rows.map((r) => r.row)).toEqual([3, 4])
  })

  it.each([
    [
      'an unclosed quote (rows after it would vanish into one cell)',
      'Week,Day,Exercise\n1,Mon,Squat\n1,"Tue,Bench\n2,Wed,Row\n',
      [
        {
          row: 3,
          column: 'Day',
          message: 'a quote opened here is never closed (Quoted field unterminated)',
        },
      ],
    ],
    [
      'text after a closing quote',
      'Week,Day\n1,"Mon"day\n',
      [
        {
          row: 2,
          column: 'Day',
          message:
            'a quoted cell has text after its closing quote (Trailing quote on quoted field is malformed)',
        },
      ],
    ],
    [
      'a row with fewer cells than the header',
      'Week,Day,Exercise\n1,Mon\n',
      [{ row: 2, column: 'Exercise', message: 'this row has 2 cells where the header has 3' }],
    ],
    [
      'a row with more cells than the header',
      'Week,Day\n1,Mon,Squat\n',
      [{ row: 2, column: 'column 3', message: 'this row has 3 cells where the header has 2' }],
    ],
    [
      'a column named twice (in any case)',
      'Date,Illness,illness\n2026-01-05,no,yes\n',
      [
        {
          row: 1,
          column: 'illness',
          message: 'column 3 has the same name as column 2; name each column once',
        },
      ],
    ],
    [
      'a __proto__ column',
      'date,__proto__\n2026-01-05,x\n',
      [{ row: 1, column: '__proto__', message: '"__proto__" cannot be a column name' }],
    ],
    [
      'a constructor column',
      'Name,Constructor\nAna,x\n',
      [{ row: 1, column: 'Constructor', message: '"Constructor" cannot be a column name' }],
    ],
  ])('refuses %s, naming the row and column', (_what, text, problems) => {
    expect(parseDelimited(text)).toEqual({ ok: false, problems })
  })

  it('surfaces every papaparse error, never a partly read file', () => {
    const table = parseDelimited('A,B\n1,2\n"3,4\n5,6\n7,8\n')
    expect(table.ok).toBe(false)
    if (!table.ok) expect(table.problems.map((p) => p.row)).toEqual([3])
  })

  it(`refuses a file of more than ${MAX_DELIMITED_ROWS} rows as a whole, quickly and without a stack overflow`, () => {
    const text = `Week,Day\n${'1,Mon\n'.repeat(150_000)}`
    expect(parseDelimited(text)).toEqual({
      ok: false,
      problems: [
        {
          row: MAX_DELIMITED_ROWS + 2,
          column: '',
          message: 'the file has more than 20,000 rows; split it',
        },
      ],
    })
    expect(cells(`Week,Day\n${'1,Mon\n'.repeat(MAX_DELIMITED_ROWS)}`)).toHaveLength(
      MAX_DELIMITED_ROWS + 1,
    )
  })

  it('refuses a file larger than 8 MB before reading it', () => {
    const table = parseDelimited(`Notes\n${'x'.repeat(8 * 1024 * 1024)}\n`)
    expect(table).toEqual({
      ok: false,
      problems: [{ row: 1, column: '', message: 'the file is larger than 8 MB; split it' }],
    })
  })
})

describe('the clipboard', () => {
  it('reads tabs only: one pasted "12,5" is one cell; two blank cells stay cells', () => {
    expect(parseClipboard('12,5')).toEqual([['12,5']])
    expect(parseClipboard('\t\r\n')).toEqual([['', '']])
    expect(parseClipboard('Tue\t06:30\r\n"a\tb"\tx\r\n')).toEqual([
      ['Tue', '06:30'],
      ['a\tb', 'x'],
    ])
  })

  it('keeps a quote the coach typed that is never closed as text, splitting on tabs and lines', () => {
    expect(parseClipboard('"Box jump\t3x5\r\nRow\t3x8')).toEqual([
      ['"Box jump', '3x5'],
      ['Row', '3x8'],
    ])
  })

  it('writes a range the way spreadsheets read it back', () => {
    const rows = [
      ['Mon', 'say "go"'],
      ['two\nlines', 'a\tb'],
    ]
    expect(parseClipboard(writeTsv(rows))).toEqual(rows)
  })
})
