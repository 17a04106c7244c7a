import type { ImportProblem } from '../schemas/import.schema'

/** Where a problem is and what it is: 'row 5, Intensity "1e9kg": an intensity like 80%…'. */
export function problemWords(p: ImportProblem): string {
  const where = [p.row !== null ? `row ${p.row}` : '', p.column].filter(Boolean).join(', ')
  const text = p.text ? ` "${p.text}"` : ''
  return where ? `${where}${text}: ${p.message}` : p.message
}
