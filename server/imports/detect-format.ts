import { isCoachSheet } from '../../shared/imports/coach-sheet'
import type { ImportFormat } from '../../shared/schemas/import.schema'
import { delimitedHeader } from '../../shared/tables/delimited-text'

/** Each format in the coach's words. */
export const FORMAT_WORDS: Record<ImportFormat, string> = {
  'plan-week': 'a week plan (blockwise-week@1)',
  'plan-block': 'a block plan (blockwise-block@1)',
  'coach-sheet': 'a training sheet, one exercise per row',
  'sessions-csv': 'a sessions CSV Blockwise exported',
  'clients-csv': 'a clients CSV',
  'readiness-csv': 'readiness reports (a wellness app’s CSV)',
}

/** The header names a readiness export has beside its date. */
const READINESS_COLUMNS = new Set([
  'sleep',
  'sleep_h',
  'sleep (h)',
  'hrv',
  'ln_rmssd',
  'soreness',
  'soreness_lower',
  'fatigue',
  'mood',
  'pain',
  'pain_regions',
  'illness',
  'ill',
])

export type Detected = { format: ImportFormat; plan?: unknown } | { format: null; problem: string }

/**
 * What a file is, from its content (never its name): JSON is a plan; a delimited file is told by
 * its header (Week, Day and Exercise: a training sheet; Session ID: a sessions CSV Blockwise
 * wrote; date and a measure: readiness reports; Name: clients). `asked` is the coach's word.
 */
export function detectFormat(text: string, asked?: ImportFormat): Detected {
  const trimmed = text.trimStart()
  const json = asked ? asked.startsWith('plan') : trimmed.startsWith('{') || trimmed.startsWith('[')
  if (json) {
    let plan: unknown
    try {
      plan = JSON.parse(text)
    } catch (error) {
      return { format: null, problem: `This is not a JSON file: ${(error as Error).message}` }
    }
    const week = (plan as { format?: unknown } | null)?.format === 'blockwise-week@1'
    return { format: asked ?? (week ? 'plan-week' : 'plan-block'), plan }
  }
  if (asked) return { format: asked }
  if (isCoachSheet(text)) return { format: 'coach-sheet' }
  const header = delimitedHeader(text).map((h) => h.trim().toLowerCase())
  if (header.includes('session id')) return { format: 'sessions-csv' }
  if (
    (header.includes('date') || header.includes('day')) &&
    header.some((h) => READINESS_COLUMNS.has(h))
  )
    return { format: 'readiness-csv' }
  if (header.includes('name')) return { format: 'clients-csv' }
  return {
    format: null,
    problem:
      'Blockwise cannot tell what this file is. It reads a plan file (.json), or a CSV or TSV whose header names Week, Day and Exercise (a training sheet), Name (clients), date and sleep_h or hrv (readiness), or Session ID (a sessions CSV Blockwise wrote).',
  }
}
