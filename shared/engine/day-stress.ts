import type { SessionFacts } from './session-facts'

export type DayClass = 'high' | 'low' | 'rest'

/**
 * §3.3 day stress DS: the hardest session, +1 when a second substantial stressor (SP ≥ 3)
 * stacks on it, and at least 3 for a long day (≥120 min) with a second medium session.
 */
export function dayStress(sessions: readonly SessionFacts[]): number {
  if (sessions.length === 0) return 0
  const sps = sessions.map((f) => f.sp).sort((a, b) => b - a)
  const [s1 = 0, s2 = 0] = sps
  if (s2 >= 3) return Math.min(5, s1 + 1)
  const totalMin = sessions.reduce((sum, f) => sum + f.s.durationMin, 0)
  if (s2 === 2 && totalMin >= 120) return Math.max(s1, 3)
  return s1
}

export function dayClass(ds: number): DayClass {
  if (ds >= 3) return 'high'
  return ds >= 1 ? 'low' : 'rest'
}

/** Sessions grouped by the plan day they start on (index = week × 7 + day). */
export function sessionsByDay(facts: readonly SessionFacts[], dayCount: number): SessionFacts[][] {
  const days: SessionFacts[][] = Array.from({ length: dayCount }, () => [])
  for (const f of facts) days[f.absDay]?.push(f)
  return days
}
