/**
 * What a cell of an imported file may hold where a number or a yes/no is expected. JavaScript's
 * Number() reads "0x7" as 7, "1e1" as 10 and "" as 0, so a cell is read only when it looks as a
 * coach writes a number: digits, one decimal point or comma, an optional sign.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/

/** A comma grouping thousands, as a spreadsheet shows 1,000: never a decimal comma (1,000 ≠ 1). */
const THOUSANDS = /^[+-]?[1-9]\d{0,2},\d{3}$/

/**
 * A plain decimal (`7`, `6.5`, `6,5`, `-0.2`, `1,250`) as a number, or null for anything else.
 * The one reading of a typed or imported number: cells, forms and compact lines all use it.
 */
export function plainNumber(text: string): number | null {
  const trimmed = text.trim()
  if (!PLAIN_NUMBER.test(trimmed)) return null
  return Number(THOUSANDS.test(trimmed) ? trimmed.replace(',', '') : trimmed.replace(',', '.'))
}

/** The message for a cell that is not a plain number. */
export const notAPlainNumber = (text: string) =>
  `a plain number like 7 or 6.5, got ${JSON.stringify(text.trim())}`

const YES = new Set(['yes', 'y', 'true', '1', 'x'])
const NO = new Set(['no', 'n', 'false', '0'])

/**
 * A yes/no cell: yes/no, y/n, true/false, 1/0 (and x for a ticked box); `extra` adds words of the
 * column's own ("sick" for illness). Null for anything else, never silently no.
 */
export function yesOrNo(
  text: string,
  extra: { yes?: readonly string[]; no?: readonly string[] } = {},
): boolean | null {
  const word = text.trim().toLowerCase()
  if (YES.has(word) || extra.yes?.includes(word)) return true
  if (NO.has(word) || extra.no?.includes(word)) return false
  return null
}
