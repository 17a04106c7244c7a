/**
 * Reading an imported file's bytes as text. Spreadsheets do not all save UTF-8: Excel on Windows
 * writes "CSV (Comma delimited)" in Windows-1252 and "Unicode Text" in UTF-16 with a byte-order
 * mark. Read as UTF-8, such a file's "Zoë" arrives as "Zo\uFFFD" and would be stored that way,
 * without a word. Here a file is read in the encoding it declares (a byte-order mark), else as
 * UTF-8 if every byte sequence is valid UTF-8, else as Windows-1252 — and the caller is told which,
 * so the coach can check the names in the preview.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedTextFile {
  text: string
  encoding: TextEncoding
}

/**
 * What Windows-1252 puts at bytes 0x80–0x9F (the WHATWG index: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – —
 * ˜ ™ š › œ ž Ÿ; five bytes stay themselves). Node since 20.18.3 decodes windows-1252 as Latin-1
 * there (nodejs/node#60888), giving control characters where a coach typed "–" or "’"; browsers
 * decode it right, and mapping again is then a no-op.
 */
const WINDOWS_1252_C1 = [
  ...'\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178',
]
const C1 = /[\u0080-\u009f]/g

function byteOrderMark(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/**
 * The text of a file, in the encoding it was written in; the byte-order mark left out. A file whose
 * byte-order mark says UTF-8 or UTF-16 but whose bytes are not is refused (its names would be
 * stored with "\uFFFD" where a letter was, and no encoding to guess instead).
 */
export function decodeTextFile(bytes: Uint8Array): DecodedTextFile | { problem: string } {
  const declared = byteOrderMark(bytes)
  if (declared) {
    try {
      return { text: new TextDecoder(declared, { fatal: true }).decode(bytes), encoding: declared }
    } catch {
      const name = declared === 'utf-8' ? 'UTF-8' : 'UTF-16'
      return {
        problem: `The file says it is ${name} (its first bytes) but has bytes that are not: save it again as "CSV UTF-8".`,
      }
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not valid UTF-8. Windows-1252 gives every byte a character, and is what Excel writes.
    const text = new TextDecoder('windows-1252').decode(bytes)
    return {
      text: text.replace(C1, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!),
      encoding: 'windows-1252',
    }
  }
}

/**
 * A line for the coach when the encoding was a guess (a file without a byte-order mark that is
 * not UTF-8); a declared or valid UTF-8/UTF-16 file needs no word.
 */
export function encodingNote(fileName: string, encoding: TextEncoding): string | null {
  if (encoding !== 'windows-1252') return null
  return `${fileName} is not UTF-8: it was read as Windows-1252 (what Excel's "CSV (Comma delimited)" writes). Check that names and accents look right.`
}
