import type { ClientProfile } from '../../schemas/client.schema'
import { minutesOfDay } from '../../schemas/common.schema'
import type { PlanSession } from '../../schemas/session.schema'
import type { WeekInput } from '../plan-context'

/** A session that moves together with the sessions attached to it (§6.2 invariant 6). */
export interface MoveGroup {
  rootId: string
  week: number
  /** Ids of the root and its attachments, in order. */
  ids: string[]
  /** Minutes from the root's start to each member's start (kept on every move). */
  offsets: number[]
  /** From the root's start to the end of the last member. */
  spanMin: number
  originalDay: number
  originalStart: number
}

export interface Placement {
  day: number
  start: number
}

/** Completed, skipped and locked sessions never move (§6.2 invariant 4). */
export function isFixed(s: PlanSession): boolean {
  return s.locked || s.status !== 'planned'
}

/** The movable groups of one week: each unfixed root with its (transitively) attached sessions. */
export function movableGroups(week: WeekInput, weekIndex: number): MoveGroup[] {
  const byId = new Map(week.sessions.map((s) => [s.id, s]))
  const rootOf = (s: PlanSession): PlanSession => {
    let current = s
    const seen = new Set<string>()
    while (current.attachedTo !== null && byId.has(current.attachedTo) && !seen.has(current.id)) {
      seen.add(current.id)
      current = byId.get(current.attachedTo)!
    }
    return current
  }
  const members = new Map<string, PlanSession[]>()
  for (const s of week.sessions) {
    const root = rootOf(s)
    members.set(root.id, [...(members.get(root.id) ?? []), s])
  }
  const groups: MoveGroup[] = []
  for (const [rootId, list] of members) {
    // A group moves only as a whole: one fixed member pins all of it.
    if (list.some(isFixed)) continue
    const root = byId.get(rootId)!
    const rootStart = root.day * 1440 + minutesOfDay(root.start)
    const sorted = [...list].sort(
      (a, b) => a.day * 1440 + minutesOfDay(a.start) - (b.day * 1440 + minutesOfDay(b.start)),
    )
    const offsets = sorted.map((s) => s.day * 1440 + minutesOfDay(s.start) - rootStart)
    const ends = sorted.map((s, i) => offsets[i]! + s.durationMin)
    groups.push({
      rootId,
      week: weekIndex,
      ids: sorted.map((s) => s.id),
      offsets,
      spanMin: Math.max(...ends),
      originalDay: root.day,
      originalStart: minutesOfDay(root.start),
    })
  }
  return groups.sort((a, b) => a.rootId.localeCompare(b.rootId))
}

/**
 * Where a group may go (§6.3): days of its own week that are not fixed rest days, at start times
 * where the whole group fits one availability window and ends by midnight. Times are the coach's
 * own slots (every start time in the week), the window edges, and the group's original time.
 */
export function candidatePlacements(
  group: MoveGroup,
  week: WeekInput,
  client: ClientProfile,
): Placement[] {
  const slots = new Set<number>([group.originalStart])
  for (const s of week.sessions) slots.add(minutesOfDay(s.start))
  const restDays = new Set(client.restDays ?? [])
  const placements: Placement[] = []
  for (let day = 0; day < 7; day++) {
    if (restDays.has(day) && day !== group.originalDay) continue
    const windows =
      client.availability?.[day] ?? (client.availability ? [] : [{ start: '00:00', end: '24:00' }])
    const dayTimes = new Set(slots)
    // Window edges only for real availability: "always available" has no edges a coach would use.
    if (client.availability) {
      for (const w of windows) {
        dayTimes.add(minutesOfDay(w.start))
        dayTimes.add(windowEnd(w.end) - group.spanMin)
      }
    }
    for (const start of [...dayTimes].sort((a, b) => a - b)) {
      if (start < 0 || start + group.spanMin > 1440) continue
      const fits = windows.some(
        (w) => minutesOfDay(w.start) <= start && start + group.spanMin <= windowEnd(w.end),
      )
      if (fits) placements.push({ day, start })
    }
  }
  return placements
}

// "24:00" is not a valid HH:MM for the schema; an absent availability means the whole day.
function windowEnd(end: string): number {
  return end === '24:00' ? 1440 : minutesOfDay(end)
}

/** "07:30" from minutes since midnight. */
export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/** The week with the group placed at `to`; the sessions' content is untouched (§6.2 invariant 1). */
export function placeGroup(week: WeekInput, group: MoveGroup, to: Placement): WeekInput {
  const index = new Map(group.ids.map((id, i) => [id, i]))
  return {
    ...week,
    sessions: week.sessions.map((s) => {
      const i = index.get(s.id)
      if (i === undefined) return s
      const at = to.day * 1440 + to.start + group.offsets[i]!
      return { ...s, day: Math.floor(at / 1440), start: clock(at % 1440) }
    }),
  }
}
