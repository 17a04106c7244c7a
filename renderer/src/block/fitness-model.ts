import type { Fitness } from '../../../shared/schemas/fitness.schema'

/** One decimal, as every number a coach reads: 36.94 → "36.9", −9.43 → "−9.4". */
const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace('-', '−')

/** Said wherever the series start at 0 (docs/engine-rules.md §4.4, v1.2 "Displays"). */
export const NO_HISTORY = 'No training before the block recorded: fitness and fatigue start at 0.'

/**
 * The fitness chart in words, on the rules' timeline (§4.4): fitness (CTL) and fatigue (ATL) as
 * they stand going into the block's first day and at the end of its last, and form (TSB) as
 * yesterday's fitness minus fatigue, so each is the number a finding beside it used.
 */
export function fitnessSummary({ days, planStart }: Fitness): string {
  const first = days[planStart]
  const last = days.at(-1)
  if (!first || !last) return 'No days to show.'
  const before = planStart > 0 ? days[planStart - 1]! : null
  const start = `Going into the block (${first.date}): fitness ${one(before?.ctl ?? 0)}, fatigue ${one(before?.atl ?? 0)}, form ${one(first.tsb)}.`
  const end = `At its end (${last.date}): fitness ${one(last.ctl)}, fatigue ${one(last.atl)}, form ${one(last.ctl - last.atl)} for the day after.`
  return `${start} ${end}${planStart === 0 ? ` ${NO_HISTORY}` : ''}`
}
