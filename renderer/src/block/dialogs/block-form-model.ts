import type { FieldIssue } from '../../../../shared/contract/result'
import type { Phase, WeekSettings } from '../../../../shared/schemas/block.schema'

/**
 * A starting shape for a new block: three loading weeks then a deload, repeated, the classic
 * 3:1 pattern. The coach changes any week before creating the block.
 */
export function defaultWeeks(count: number, phase: Phase = 'build'): WeekSettings[] {
  return Array.from({ length: count }, (_, i) =>
    count >= 4 && i % 4 === 3 ? { phase: 'deload', deload: true } : { phase, deload: false },
  )
}

/** The weeks resized to `count`: existing weeks kept, new ones continue the 3:1 pattern. */
export function resizeWeeks(weeks: readonly WeekSettings[], count: number): WeekSettings[] {
  const pattern = defaultWeeks(count, weeks.find((w) => !w.deload)?.phase ?? 'build')
  return pattern.map((week, i) => weeks[i] ?? week)
}

/** Contract issues as one message per form field (`weeks.3.phase` → `weeks`). */
export function blockFormErrors(issues: readonly FieldIssue[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const field = issue.path.split('.')[0] || 'form'
    errors[field] ??= issue.message
  }
  return errors
}
