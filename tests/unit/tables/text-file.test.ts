import { describe, expect, it } from 'vitest'
import { decodeTextFile, encodingNote } from '../../../shared/tables/text-file'

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)))

describe('reading an imported file in the encoding it was saved in', () => {
  it('reads UTF-8, with or without a byte-order mark, and says nothing', () => {
    expect(decodeTextFile(bytes('Name\nZoë Ørsted\n'))).toEqual({
      text: 'Name\nZoë Ørsted\n',
      encoding: 'utf-8',
    })
    expect(decodeTextFile(bytes([0xef, 0xbb, 0xbf], 'Name\nZoë\n'))).toEqual({
      text: 'Name\nZoë\n',
      encoding: 'utf-8',
    })
    expect(encodingNote('roster.csv', 'utf-8')).toBeNull()
  })

  it('reads Excel’s Windows-1252 CSV as such (not "Zo\\uFFFD"), and says it guessed', () => {
    // "Zoë Müller – 5 × 5" as Excel on Windows saves it: ë 0xEB, ü 0xFC, – 0x96, × 0xD7.
    const excel = bytes('Name\nZo', [0xeb], ' M', [0xfc], 'ller ', [0x96], ' 5 ', [0xd7], ' 5\n')
    expect(decodeTextFile(excel)).toEqual({
      text: 'Name\nZoë Müller – 5 × 5\n',
      encoding: 'windows-1252',
    })
    expect(encodingNote('roster.csv', 'windows-1252')).toBe(
      'roster.csv is not UTF-8: it was read as Windows-1252 (what Excel\'s "CSV (Comma delimited)" writes). Check that names and accents look right.',
    )
  })

  it('reads Excel’s "Unicode Text" (UTF-16 with a byte-order mark), little- and big-endian', () => {
    const text = 'Week\tDay\nÅsa\t1\n'
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le')
    expect(decodeTextFile(le)).toEqual({ text, encoding: 'utf-16le' })
    const be = Buffer.from(le).swap16()
    expect(decodeTextFile(be)).toEqual({ text, encoding: 'utf-16be' })
    expect(encodingNote('sheet.txt', 'utf-16le')).toBeNull()
  })

  it('refuses a file whose byte-order mark says UTF-8 or UTF-16 but whose bytes are not', () => {
    expect(decodeTextFile(bytes([0xef, 0xbb, 0xbf], 'Name\nZo', [0xeb], '\n'))).toEqual({
      problem:
        'The file says it is UTF-8 (its first bytes) but has bytes that are not: save it again as "CSV UTF-8".',
    })
    // A lone surrogate half in UTF-16.
    expect(decodeTextFile(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]))).toEqual({
      problem:
        'The file says it is UTF-16 (its first bytes) but has bytes that are not: save it again as "CSV UTF-8".',
    })
  })
})
