import type { BlockSession, WeekSettings } from '../schemas/block.schema'
import type { Progression, WeekRange } from '../schemas/template.schema'
import { copySessions } from './copy-sessions'
import type { ClientLoadNumbers } from './progressions'
import { progressAll } from './progressions'
import { withoutOthersLoads } from './relative-lines'

/** Weeks and sessions: what a block and a template have in common. */
export interface WeeksAndSessions {
  weeks: WeekSettings[]
  sessions: BlockSession[]
}

/**
 * Weeks `range` of a plan as a plan of their own, starting at week 1, its sessions under new ids.
 * Prescriptions stay as written (a %1RM stays a %1RM) and what was logged is left behind: a copy is
 * a plan, not a record of training.
 */
export function takeWeeks(
  plan: WeeksAndSessions,
  range: WeekRange | undefined,
  newId: () => string,
): WeeksAndSessions {
  const from = (range?.from ?? 1) - 1
  const to = Math.min(range?.to ?? plan.weeks.length, plan.weeks.length) - 1
  const inRange = plan.sessions.filter((s) => s.weekIndex >= from && s.weekIndex <= to)
  const sessions = copySessions(inRange, newId, (s) => ({ weekIndex: s.weekIndex - from })).map(
    ({ rpeActual: _rpe, minutesActual: _min, ...s }) => ({ ...s, status: 'planned' as const }),
  )
  return { weeks: plan.weeks.slice(from, to + 1), sessions }
}

/**
 * A template fitted to a client: every load from their own maxes (a line's %1RM wins over a load
 * kept beside it), its progressions written out with the client's maxes and unit (so +2.5 kg a
 * week starts from their own squat), then the weeks chosen, from week 1.
 */
export function fitTemplate(
  template: WeeksAndSessions & { progressions: readonly Progression[] },
  range: WeekRange | undefined,
  numbers: ClientLoadNumbers,
  newId: () => string,
): WeeksAndSessions {
  const own = withoutOthersLoads(template.sessions)
  const progressed = progressAll(own, template.weeks, template.progressions, numbers)
  return takeWeeks({ weeks: template.weeks, sessions: progressed }, range, newId)
}
