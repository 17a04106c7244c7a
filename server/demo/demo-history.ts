import type { BlockSession, WeekSettings } from '../../shared/schemas/block.schema'
import { addDays } from '../../shared/plans/calendar'
import type { ReadinessEntry } from '../../shared/schemas/readiness.schema'

/**
 * How a demo client's block before the current one went. Every client but two has one: Tom Becker
 * is new to training and Chloé Dubois is coming back to running after time off, so neither has
 * history.
 */
export type PastBlockStory =
  /** Trained as planned, give or take: a few sessions skipped, RPE a point either side. */
  | 'steady'
  /** The last two weeks were a holiday: nothing done. The current block starts at full load. */
  | 'holiday'
  /**
   * The last three weeks (the deload included) done much harder and longer than planned: the
   * client arrives tired, and the current block's first week keeps the pressure on.
   */
  | 'overreached'

const STORIES: Record<string, PastBlockStory | null> = {
  'Tom Becker': null,
  'Chloé Dubois': null,
  'Hannah Schmidt': 'holiday',
  'Priya Raman': 'overreached',
}

export const storyOf = (clientName: string): PastBlockStory | null =>
  clientName in STORIES ? STORIES[clientName]! : 'steady'

/** Six weeks: three of base, a deload, two more of base. */
export const PAST_WEEKS: WeekSettings[] = [
  { phase: 'base', deload: false },
  { phase: 'base', deload: false },
  { phase: 'base', deload: false },
  { phase: 'deload', deload: true },
  { phase: 'base', deload: false },
  { phase: 'base', deload: false },
]

/** The RPE a session of this kind usually feels like, when the plan gives none. */
function usualRpe(s: BlockSession): number {
  if (s.rpe !== undefined) return s.rpe
  if (s.modality === 'strength') return (s.topSetReps ?? 8) <= 5 ? 8 : 7
  if (s.modality === 'mobility' || s.modality === 'walk') return 2
  if (s.runType === 'intervals' || s.runType === 'threshold' || s.runType === 'hill_repeats')
    return 8
  if (s.runType === 'tempo') return 6
  if (s.runType === 'long') return 5
  return 4
}

/** A small number from a session's place, the same every time the demo is written. */
const wobble = (n: number) => ((n * 7919) % 5) - 2

/**
 * A past session as the client logged it. Deterministic, so the demo's findings are the same on
 * every machine: every eleventh session skipped; the others done at their usual RPE, a point
 * either side, within a few minutes of the plan.
 */
export function loggedAs(
  session: BlockSession,
  index: number,
  story: PastBlockStory,
  weekIndex: number,
): BlockSession {
  const holidayWeek = story === 'holiday' && weekIndex >= PAST_WEEKS.length - 2
  if (holidayWeek || index % 11 === 5) return { ...session, status: 'skipped' }
  const rpe = usualRpe(session)
  const pushing = story === 'overreached' && weekIndex >= PAST_WEEKS.length - 3
  const harder = pushing ? 3 : 0
  const longer = pushing ? 1.6 : 1
  return {
    ...session,
    status: 'completed',
    rpeActual: Math.max(1, Math.min(10, rpe + harder + Math.sign(wobble(index)))),
    minutesActual: Math.max(10, Math.round(session.durationMin * longer) + wobble(index + 3) * 2),
  }
}

/**
 * A demo client's last 12 mornings of readiness reports, oldest first, ending `today`: steady
 * for most; short sleep, heavy fatigue and low mood for the client who overreached.
 */
export function demoReadiness(story: PastBlockStory, today: string): ReadinessEntry[] {
  return Array.from({ length: 12 }, (_, i) => {
    const w = wobble(i)
    const tired = story === 'overreached'
    return {
      date: addDays(today, i - 11),
      sleepH: tired ? 5.5 + (w + 2) * 0.25 : 7.25 + w * 0.25,
      hrv: Math.round((tired ? 3.8 - i * 0.02 : 4.2) * 100 + w * 3) / 100,
      sorenessLower: tired ? 6 : 3 + (w > 0 ? 1 : 0),
      fatigue: tired ? 8 : 3 + (w < 0 ? 1 : 0),
      mood: tired ? 2 : 4,
      painRegions: [],
      illness: false,
    }
  })
}
