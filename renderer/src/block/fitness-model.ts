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

/** Why ACWR has no line yet, said by the weekly ACWR chart (the daily plot then draws nothing). */
export const ACWR_NEEDS_28_DAYS =
  'ACWR (acute:chronic load) needs 28 days of load: it shows once the client’s history and this block reach four weeks.'

/**
 * The daily ACWR plot in words, or null when there is no line to draw: the ratio exists from the
 * 28th day of load on, and a single day of it (a new client's four-week block ends on its 28th day)
 * is a dot no one can read, whose value rests on one day's load, so it is not quoted either.
 */
export function acwrPlotSummary({ days }: Pick<Fitness, 'days'>): string | null {
  const known = days.filter((d) => d.acwr !== null)
  const first = known[0]
  const last = known.at(-1)
  if (!first || !last || known.length < 2) return null
  return `ACWR day by day, with the 0.8–1.3 band: ${first.acwr!.toFixed(2)} on ${first.date} (its first day), ${last.acwr!.toFixed(2)} on ${last.date}`
}
