import Papa from 'papaparse'

type Delimiter = ',' | '\t' | ';'

/**
 * The delimiter of a file with a header row: the one its first line uses most (a coach's sheet may
 * be saved with commas, semicolons or tabs). Only the header decides: papaparse's own guess reads
 * the data too, and a one-column file whose cells hold semicolons would be split on them.
 */
function delimiterOfHeader(text: string): Delimiter {
  const header = text.slice(0, text.search(/\r|\n|$/))
  const count = (d: string) => header.split(d).length - 1
  const candidates: Delimiter[] = [',', '\t', ';']
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ',')
}

/**
 * Rows of cells from CSV or TSV text, through papaparse: a BOM, CRLF or LF line ends, quoted cells
 * holding the delimiter, quotes or line breaks. Without `delimiter`, the header row tells (see
 * delimiterOfHeader); a clipboard is always tab-separated, so paste names it (a single pasted
 * "12,5" is one cell, not two).
 *
 * Rows that are entirely empty (a trailing line end, a blank line) are left out; a row of empty
 * cells ("\t" pasted from two blank cells) is kept, because its cells mean "clear these".
 */
export function parseDelimited(text: string, delimiter?: Delimiter): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const result = Papa.parse<string[]>(input, {
    delimiter: delimiter ?? delimiterOfHeader(input),
    skipEmptyLines: true,
    header: false,
  })
  return result.data
}

/** Cells as tab-separated text for the clipboard, read back the same by spreadsheets. */
export function writeTsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(rows as string[][], { delimiter: '\t', newline: '\r\n', quotes: false })
}
