import type { ClientProfile } from '../schemas/client.schema'
import type { History } from '../schemas/plan.schema'
import type { PlanSession } from '../schemas/session.schema'
import { contextFromWeeks } from './plan-context'
import { historyAfterWeeks } from './week-contexts'

/** One calendar week of a client's past training, Monday to Sunday. */
export interface PastWeek {
  deload: boolean
  sessions: PlanSession[]
}

/**
 * A past session as it counts in history (docs/engine-rules.md §3.4): a completed one with its
 * actual RPE (the engine's rule) and its actual minutes when logged; a skipped one not at all
 * (load 0); one still "planned" on a past day as planned, imputed, because most sessions a coach
 * does not log still happened.
 */
export function asItCounts(session: PlanSession): PlanSession | null {
  if (session.status === 'skipped') return null
  if (session.status === 'completed' && session.minutesActual !== undefined)
    return { ...session, durationMin: session.minutesActual }
  return session
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The `history` (docs/plan-format.md) of a plan whose first Monday follows `weeks`, the client's
 * past weeks oldest first, the last one ending the day before. Also how many past sessions were
 * counted as planned for want of a log (imputed).
 */
export function historyFromPast(
  weeks: readonly PastWeek[],
  client: ClientProfile,
): { history: History; imputed: number } {
  let imputed = 0
  const counted = weeks.map((week) => ({
    phase: 'build' as const,
    deload: week.deload,
    sessions: week.sessions.flatMap((s) => {
      const done = asItCounts(s)
      if (done && done.status !== 'completed') imputed++
      return done ? [done] : []
    }),
  }))
  const history = historyAfterWeeks(contextFromWeeks(client, counted, undefined, undefined))
  const runMinutes = counted.flatMap((w) =>
    w.sessions.filter((s) => s.modality === 'run').map((s) => s.durationMin),
  )
  const medianRunMin = median(runMinutes)
  if (medianRunMin !== undefined) history.medianRunMin = medianRunMin
  return { history, imputed }
}
