import Papa from 'papaparse'

type Delimiter = ',' | '\t' | ';'

/**
 * The largest file an import reads: 20,000 rows (a year of daily readiness is 365; a 52-week
 * sheet of one exercise per row about 7,000) and 8 MB, the browser host's request limit. A larger
 * file is refused whole, before any row is read.
 */
export const MAX_DELIMITED_ROWS = 20_000
export const MAX_DELIMITED_CHARS = 8 * 1024 * 1024

/** What is wrong with a delimited file, where: `row` 1 is the header; `column` its name. */
export interface DelimitedProblem {
  row: number
  /** The header's name of the column ("column 4" when it has none); '' for a whole row or file. */
  column: string
  message: string
}

/** A row of a file, with its number as a spreadsheet shows it (the header is row 1). */
export interface DelimitedRow {
  row: number
  cells: string[]
}

export type DelimitedTable =
  { ok: true; header: string[]; rows: DelimitedRow[] } | { ok: false; problems: DelimitedProblem[] }

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

const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text)

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '')

/** A header name that would reach Object's own properties in a reader keyed by column names. */
const isObjectKey = (name: string) =>
  [name, name.toLowerCase()].some((key) => key in Object.prototype)

/** Problems of the header row itself: a name used twice, or one that is an object's own key. */
function headerProblems(header: readonly string[]): DelimitedProblem[] {
  const problems: DelimitedProblem[] = []
  const seen = new Map<string, number>()
  header.forEach((raw, index) => {
    const name = raw.trim()
    const column = name || `column ${index + 1}`
    if (isObjectKey(name)) {
      problems.push({ row: 1, column, message: `"${name}" cannot be a column name` })
    }
    // Blank names are columns nobody named (a spreadsheet's trailing empty columns), not repeats.
    if (name === '') return
    const key = name.toLowerCase()
    const first = seen.get(key)
    if (first === undefined) seen.set(key, index)
    else
      problems.push({
        row: 1,
        column,
        message: `column ${index + 1} has the same name as column ${first + 1}; name each column once`,
      })
  })
  return problems
}

/**
 * A CSV or TSV file with a header row, read through papaparse, all or nothing: a BOM, CRLF or LF
 * line ends, and quoted cells holding the delimiter, quotes or line breaks are read; papaparse's
 * own errors (an unclosed or stray quote), a row with more or fewer cells than the header, a
 * column name used twice, and a name such as `__proto__` are refused, each naming its row and
 * column, so no row is ever lost or half read. Rows whose cells are all empty (a blank line, a
 * spreadsheet's trailing ",,,") are left out; the others keep the row number a spreadsheet shows.
 * Without `delimiter`, the header row tells (see delimiterOfHeader).
 */
export function parseDelimited(text: string, delimiter?: Delimiter): DelimitedTable {
  if (text.length > MAX_DELIMITED_CHARS) {
    const mb = MAX_DELIMITED_CHARS / 1024 / 1024
    return {
      ok: false,
      problems: [{ row: 1, column: '', message: `the file is larger than ${mb} MB; split it` }],
    }
  }
  const input = withoutBom(text)
  const result = Papa.parse<string[]>(input, {
    delimiter: delimiter ?? delimiterOfHeader(input),
    skipEmptyLines: false,
    header: false,
    // One row past the limit is enough to know the file is over it.
    preview: MAX_DELIMITED_ROWS + 2,
  })
  const records = result.data
  // The line end after the last row reads as one more, empty record.
  while (records.length > 1 && isBlank(records.at(-1)!)) records.pop()
  const [header = [], ...rest] = records
  if (records.length > MAX_DELIMITED_ROWS + 1) {
    const message = `the file has more than ${MAX_DELIMITED_ROWS.toLocaleString('en')} rows; split it`
    return { ok: false, problems: [{ row: MAX_DELIMITED_ROWS + 2, column: '', message }] }
  }
  const columnName = (index: number) => header[index]?.trim() || `column ${index + 1}`
  // A stray quote is reported twice on its row (malformed, then unterminated): once is enough.
  const errors = result.errors.filter(
    (error, i) => result.errors.findIndex((e) => e.row === error.row) === i,
  )
  const problems: DelimitedProblem[] = errors.map((error) => {
    const row = (error.row ?? 0) + 1
    // The bad quote opened the last cell papaparse read on that row: it ran to the end.
    const cells = records[error.row ?? 0]?.length ?? 1
    const what =
      error.code === 'MissingQuotes'
        ? 'a quote opened here is never closed'
        : error.code === 'InvalidQuotes'
          ? 'a quoted cell has text after its closing quote'
          : error.message
    return { row, column: columnName(cells - 1), message: `${what} (${error.message})` }
  })
  problems.push(...headerProblems(header))
  const rows: DelimitedRow[] = []
  rest.forEach((cells, index) => {
    const row = index + 2
    if (isBlank(cells)) return
    if (cells.length !== header.length && !problems.some((p) => p.row === row)) {
      const column = columnName(Math.min(cells.length, header.length))
      problems.push({
        row,
        column,
        message: `this row has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${header.length}`,
      })
    }
    rows.push({ row, cells })
  })
  return problems.length > 0
    ? { ok: false, problems: problems.sort((a, b) => a.row - b.row) }
    : { ok: true, header, rows }
}

/**
 * The header row's cells alone (the first line), for recognising what kind of file this is
 * before reading it: a header with a problem is still a header, and parseDelimited names the
 * problem when the file is read.
 */
export function delimitedHeader(text: string): string[] {
  const input = withoutBom(text)
  const end = input.search(/\r|\n/)
  const first = end < 0 ? input : input.slice(0, end)
  return (
    Papa.parse<string[]>(first, { delimiter: delimiterOfHeader(first), preview: 1 }).data[0] ?? []
  )
}

/** "row 3, Reps: …" for a message that names the file around it. */
export function describeDelimitedProblem(problem: DelimitedProblem): string {
  return `row ${problem.row}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}`
}

/**
 * Cells pasted from the clipboard, which is always tab-separated (a single pasted "12,5" is one
 * cell, not two). Unlike a file, a paste has no header and its rows may differ in length. A
 * quote that is never closed is a quote the coach typed, so the text is then split on tabs and
 * line ends alone rather than swallowed into one cell. A row of empty cells ("\t" from two blank
 * cells) is kept, because its cells mean "clear these"; entirely empty lines are left out.
 */
export function parseClipboard(text: string): string[][] {
  const input = withoutBom(text)
  const result = Papa.parse<string[]>(input, {
    delimiter: '\t',
    skipEmptyLines: true,
    header: false,
  })
  if (result.errors.length === 0) return result.data
  return input
    .split(/\r\n|\r|\n/)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))
}

/** Cells as tab-separated text for the clipboard, read back the same by spreadsheets. */
export function writeTsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(rows as string[][], { delimiter: '\t', newline: '\r\n', quotes: false })
}
