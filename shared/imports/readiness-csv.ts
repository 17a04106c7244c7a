import { ReadinessEntrySchema } from '../schemas/readiness.schema'
import type { ReadinessEntry } from '../schemas/readiness.schema'
import { notAPlainNumber, plainNumber, yesOrNo } from '../tables/cell-values'
import { describeDelimitedProblem, parseDelimited } from '../tables/delimited-text'

/** Header names a wellness export uses for each measure (lower case). */
const COLUMNS: Record<string, keyof ReadinessEntry> = {
  date: 'date',
  day: 'date',
  sleep: 'sleepH',
  sleep_h: 'sleepH',
  'sleep (h)': 'sleepH',
  hrv: 'hrv',
  ln_rmssd: 'hrv',
  soreness: 'sorenessLower',
  soreness_lower: 'sorenessLower',
  fatigue: 'fatigue',
  mood: 'mood',
  pain: 'painRegions',
  pain_regions: 'painRegions',
  illness: 'illness',
  ill: 'illness',
}

/** Words for being ill, besides yes/no: "sick" is ill, "well" is not. */
const ILLNESS_WORDS = { yes: ['sick', 'ill'], no: ['well'] }

/**
 * Readiness reports from a CSV or TSV (files and clipboard alike) with a header row: date, sleep_h,
 * hrv, soreness, fatigue, mood, pain (regions separated by spaces or semicolons), illness. Every
 * bad cell is named by row and column; nothing is taken unless every row is understood.
 */
export function readReadinessCsv(
  text: string,
): { ok: true; entries: ReadinessEntry[] } | { ok: false; problems: string[] } {
  const table = parseDelimited(text)
  if (!table.ok) return { ok: false, problems: table.problems.map(describeDelimitedProblem) }
  const { header, rows } = table
  // Own keys only: a header such as "constructor" must not find Object's own property.
  const fields = header.map((h) => {
    const key = h.trim().toLowerCase()
    return Object.hasOwn(COLUMNS, key) ? COLUMNS[key] : undefined
  })
  if (!fields.includes('date'))
    return { ok: false, problems: ['row 1: no date column (name one "date")'] }
  const unknown = header.filter((_, i) => fields[i] === undefined)
  if (unknown.length > 0)
    return {
      ok: false,
      problems: [
        `row 1: unknown column ${unknown.map((u) => JSON.stringify(u)).join(', ')} (use date, sleep_h, hrv, soreness, fatigue, mood, pain, illness)`,
      ],
    }
  const entries: ReadinessEntry[] = []
  const problems: string[] = []
  rows.forEach(({ row: rowNumber, cells: row }) => {
    const raw: Record<string, unknown> = {}
    row.forEach((cell, c) => {
      const field = fields[c]
      const text = cell.trim()
      if (!field || text === '') return
      if (field === 'date') raw.date = text
      else if (field === 'painRegions')
        raw.painRegions = text
          .split(/[\s;,]+/)
          .filter(Boolean)
          .map((p) => p.toLowerCase())
      else if (field === 'illness') {
        const ill = yesOrNo(text, ILLNESS_WORDS)
        if (ill === null)
          problems.push(
            `row ${rowNumber}, ${header[c]}: write yes or no (or sick, ill, well), got ${JSON.stringify(text)}`,
          )
        else raw.illness = ill
      } else {
        const number = plainNumber(text)
        if (number === null)
          problems.push(`row ${rowNumber}, ${header[c]}: ${notAPlainNumber(text)}`)
        else raw[field] = number
      }
    })
    const parsed = ReadinessEntrySchema.safeParse(raw)
    if (parsed.success) entries.push(parsed.data)
    else
      for (const issue of parsed.error.issues) {
        const column = header[fields.indexOf(issue.path[0] as keyof ReadinessEntry)] ?? 'date'
        problems.push(`row ${rowNumber}, ${column}: ${issue.message}`)
      }
  })
  const dates = new Set<string>()
  for (const e of entries) {
    if (dates.has(e.date)) problems.push(`${e.date} is in the file twice`)
    dates.add(e.date)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries }
}
