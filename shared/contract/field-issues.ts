import type { z } from 'zod'
import type { FieldIssue } from './result'

/** Dotted path of a zod issue: ['injuryHistory', 0, 'structure'] → 'injuryHistory.0.structure'. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join('.')
}

/** zod's issues as plain `{path, message}` pairs that survive structured clone and JSON. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) =>
    // An unknown field is reported on that field, so the message names it and a form can show it.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: issuePath([...issue.path, key]),
          message: `unknown field ${JSON.stringify(key).slice(0, 80)}`,
        }))
      : [{ path: issuePath(issue.path), message: issue.message }],
  )
}

/** One line naming the first problem, e.g. `sessions.3.start: expected HH:MM, got "7am"`. */
export function summariseIssues(issues: FieldIssue[]): string {
  const first = issues[0]
  if (!first) return 'The input is not valid.'
  const head = first.path ? `${first.path}: ${first.message}` : first.message
  return issues.length > 1 ? `${head} (and ${issues.length - 1} more)` : head
}
