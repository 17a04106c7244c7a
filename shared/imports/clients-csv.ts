import { unguard } from '../handouts/rfc4180'
import { notAPlainNumber, plainNumber, yesOrNo } from '../tables/cell-values'
import { describeDelimitedProblem, parseDelimited } from '../tables/delimited-text'
import { ClientInputSchema } from '../schemas/client.schema'
import type { ClientInput } from '../schemas/client.schema'

type Kind = 'text' | 'number' | 'choice' | 'yesno'

/** The columns a clients CSV may have, by header (any case), and the client field each fills. */
// A Map, not an object: a header such as "constructor" or "__proto__" must not find Object's own.
const COLUMNS = new Map<string, [field: keyof ClientInput, kind: Kind]>(
  Object.entries({
    name: ['name', 'text'],
    email: ['email', 'text'],
    goal: ['goal', 'choice'],
    'experience lifting': ['experienceStrength', 'choice'],
    'experience running': ['experienceRunning', 'choice'],
    'can run a mile': ['canRunMile', 'yesno'],
    'competitive level': ['competitiveLevel', 'choice'],
    age: ['ageYears', 'number'],
    sex: ['sex', 'choice'],
    'body mass kg': ['bodyMassKg', 'number'],
    'max sessions per day': ['maxSessionsPerDay', 'number'],
    notes: ['notes', 'text'],
  } satisfies Record<string, [keyof ClientInput, Kind]>),
)
export const CLIENT_CSV_COLUMNS = [...COLUMNS.keys()]
export const MAX_CSV_CLIENTS = 2000

export interface PreviewRow {
  /** The line of the file (the header is line 1). */
  line: number
  name: string
  input: ClientInput | null
  /** What is wrong, by column header as written in the file. */
  issues: { column: string; message: string }[]
}

export interface ClientsCsvPreview {
  /** Problems with the file itself (no Name column, an unknown column, too many rows). */
  problems: string[]
  rows: PreviewRow[]
}

/** A cell as the client field takes it, or `{ problem }` when it is not what the column holds. */
function cell(text: string, kind: Kind): unknown {
  const value = unguard(text.trim())
  if (value === '') return kind === 'text' ? '' : undefined
  if (kind === 'number') return plainNumber(value) ?? { problem: notAPlainNumber(value) }
  if (kind === 'choice') return value.toLowerCase().replace(/[\s-]+/g, '_')
  if (kind === 'yesno') {
    return yesOrNo(value) ?? { problem: `write yes or no, got ${JSON.stringify(value)}` }
  }
  return value
}

const isProblem = (value: unknown): value is { problem: string } =>
  typeof value === 'object' && value !== null && 'problem' in value

/**
 * A clients CSV checked row by row before anything is written: each row becomes a client or
 * lists what is wrong with it, column by column, so the coach can fix the file and try again.
 */
export function previewClientsCsv(text: string): ClientsCsvPreview {
  const table = parseDelimited(text)
  if (!table.ok) return { problems: table.problems.map(describeDelimitedProblem), rows: [] }
  const columns = table.header.map((h) => h.trim())
  const problems: string[] = []
  const unknown = columns.filter((c) => !COLUMNS.has(c.toLowerCase()))
  if (unknown.length > 0) {
    problems.push(
      `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => JSON.stringify(c)).join(', ')}; the columns are: ${CLIENT_CSV_COLUMNS.join(', ')}.`,
    )
  }
  if (!columns.some((c) => c.toLowerCase() === 'name'))
    problems.push('The file has no Name column.')
  const data = table.rows.map(({ row, cells }) => ({ values: cells, line: row }))
  if (data.length > MAX_CSV_CLIENTS) {
    problems.push(
      `The file has ${data.length} clients; import at most ${MAX_CSV_CLIENTS} at a time.`,
    )
  }
  if (problems.length > 0) return { problems, rows: [] }

  const rows = data.map(({ values, line }): PreviewRow => {
    const raw: Record<string, unknown> = Object.create(null) as Record<string, unknown>
    const columnOf: Record<string, string> = Object.create(null) as Record<string, string>
    const cellIssues: PreviewRow['issues'] = []
    columns.forEach((column, i) => {
      const [field, kind] = COLUMNS.get(column.toLowerCase())!
      const value = cell(values[i] ?? '', kind)
      columnOf[field] = column
      if (isProblem(value)) cellIssues.push({ column, message: value.problem })
      else if (value !== undefined) raw[field] = value
    })
    const parsed = ClientInputSchema.safeParse(raw)
    const name = typeof raw.name === 'string' ? raw.name : ''
    if (parsed.success && cellIssues.length === 0)
      return { line, name, input: parsed.data, issues: [] }
    return {
      line,
      name,
      input: null,
      issues: [
        ...cellIssues,
        ...(parsed.success ? [] : parsed.error.issues).map((issue) => ({
          column: columnOf[String(issue.path[0])] ?? String(issue.path[0] ?? ''),
          // A choice is explained with the words the file may use, not zod's quoted list.
          message:
            issue.code === 'invalid_value'
              ? `must be one of ${issue.values.map((v) => String(v).replace(/_/g, ' ')).join(', ')}`
              : issue.message,
        })),
      ],
    }
  })
  return { problems, rows }
}
