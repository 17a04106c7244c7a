import type { FindingView } from '../../../shared/schemas/analysis.schema'

/**
 * Everything about a finding that shows on screen, as one string. Each analysis brings new
 * finding objects even where nothing changed, so memoised views compare findings by this.
 */
export function findingContent(f: FindingView): string {
  return [
    f.rule,
    f.subject,
    f.severity,
    f.week,
    f.day,
    f.message,
    f.fix,
    f.override?.reason ?? '',
  ].join('|')
}
