/**
 * Writing RFC 4180 CSV (reading is papaparse's, in shared/tables/delimited-text.ts): CRLF line ends; a field holding a comma, quote, CR or LF is quoted, quotes doubled.
 * A leading BOM makes Excel read the file as UTF-8 (accents and Cyrillic intact).
 */
export const CSV_BOM = '\uFEFF'

/**
 * Cells a spreadsheet would run as a formula (CSV injection) get a leading apostrophe, and so do
 * cells that already start with one, so that reading a file back strips exactly the apostrophe
 * the guard added ("'+1 keep" survives the round trip). Only a cell that is entirely a number
 * ("-3", "+2.5") is left as it is: "-1+cmd|' /C calc'!A0" starts with a digit too, and is guarded.
 */
const NEEDS_GUARD = /^[=+\-@\t\r']/
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/

export function csvField(value: string, { guardFormulas = true } = {}): string {
  const safe =
    guardFormulas && NEEDS_GUARD.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return CSV_BOM + rows.map((row) => row.map((v) => csvField(v)).join(',')).join('\r\n') + '\r\n'
}

/** A text cell as it was before writeCsv guarded it: the one apostrophe the guard added goes. */
export const unguard = (value: string): string =>
  value.startsWith("'") && NEEDS_GUARD.test(value.slice(1)) ? value.slice(1) : value
