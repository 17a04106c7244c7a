import type { FindingView } from '../../../shared/schemas/analysis.schema'

const contents = new WeakMap<FindingView, string>()

/**
 * Everything about a finding that shows on screen, as one string. Each analysis brings new
 * finding objects even where nothing changed, so memoised views compare findings by this. It is
 * built once per finding object: every visible row and card asks for the same findings, and a long
 * streak finding alone is kilobytes of text.
 */
export function findingContent(f: FindingView): string {
  let content = contents.get(f)
  if (content === undefined) {
    content = [
      f.rule,
      f.subject,
      f.severity,
      f.week,
      f.day,
      f.message,
      f.fix,
      f.override?.reason ?? '',
    ].join('|')
    contents.set(f, content)
  }
  return content
}

/** Whether two lists of findings show the same thing, in the same order. */
export function sameFindings(a: readonly FindingView[], b: readonly FindingView[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  return a.every((f, i) => f === b[i] || findingContent(f) === findingContent(b[i]!))
}
