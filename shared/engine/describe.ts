import { WEEKDAY_NAMES, WEEKDAY_SHORT } from '../schemas/common.schema'
import type { SessionFacts } from './session-facts'

/** Full weekday names, Monday first (one list for the whole app). */
export const DAY_NAMES = WEEKDAY_NAMES

const REGION_WORDS: Record<string, string> = {
  lower: 'lower-body',
  upper: 'upper-body',
  full: 'full-body',
  core: 'core',
}

const RUN_WORDS: Record<string, string> = {
  recovery: 'recovery',
  easy: 'easy',
  long: 'long',
  tempo: 'tempo',
  threshold: 'threshold',
  intervals: 'intervals',
  sprints: 'sprints',
  hill_repeats: 'hill-repeats',
  race: 'race',
  walk_run: 'walk-run',
}

export function dayLabel(f: SessionFacts, weekCount: number): string {
  const day = WEEKDAY_SHORT[f.s.day] ?? '?'
  return weekCount > 1 ? `wk ${f.week + 1} ${day}` : day
}

/** What the session is, in a coach's words: "heavy lower-body lift", "25-min easy run". */
export function sessionWhat(f: SessionFacts): string {
  const s = f.s
  if (s.modality === 'strength') {
    const weight = f.heavyBase ? 'heavy ' : f.moderateBase ? '' : 'light '
    const failure = s.toFailure ? ' to failure' : ''
    return `${weight}${REGION_WORDS[s.region ?? ''] ?? ''} lift${failure}`
      .replace(/\s+/g, ' ')
      .trim()
  }
  const kind = s.runType ? `${RUN_WORDS[s.runType]} ` : ''
  const terrain = f.eccRun && s.terrain !== 'flat' ? ` (${s.terrain?.replace('_', ' ')})` : ''
  return `${s.durationMin}-min ${kind}${s.modality}${terrain}`
}

/** "Mon 07:00 heavy lower-body lift": names a session unambiguously for a coach. */
export function describe(f: SessionFacts, weekCount: number): string {
  return `${dayLabel(f, weekCount)} ${f.s.start} ${sessionWhat(f)}`
}

/** A plan day (week × 7 + day) in words: "Monday", or "week 2 Monday" in a block. */
export function planDayName(weekCount: number, absDay: number): string {
  const day = DAY_NAMES[absDay % 7]!
  return weekCount > 1 ? `week ${Math.floor(absDay / 7) + 1} ${day}` : day
}
