import type { BlockSession } from '../schemas/block.schema'

const REGION = { lower: 'Lower body', upper: 'Upper body', full: 'Full body', core: 'Core' }
const RUN = {
  recovery: 'Recovery',
  easy: 'Easy',
  long: 'Long',
  tempo: 'Tempo',
  threshold: 'Threshold',
  intervals: 'Intervals',
  sprints: 'Sprints',
  hill_repeats: 'Hill repeats',
  race: 'Race',
  walk_run: 'Walk-run',
} as const
const MODALITY: Record<string, string> = {
  strength: 'strength',
  run: 'run',
  cycle: 'ride',
  swim: 'swim',
  row: 'row',
  elliptical: 'elliptical',
  walk: 'walk',
  hiit: 'HIIT',
  mobility: 'mobility',
}
const TERRAIN = {
  flat: '',
  rolling: 'rolling route',
  hilly: 'hilly route',
  downhill: 'downhill route',
  trail_hilly: 'hilly trail',
}

/** The end of a session, "HH:MM" on the clock (past midnight for a late, long session). */
export function endTime(session: Pick<BlockSession, 'start' | 'durationMin'>): string {
  const [h, m] = session.start.split(':').map(Number) as [number, number]
  // Past midnight the clock starts again: a 23:00 session of 90 min is "23:00–00:30".
  const end = (h * 60 + m + session.durationMin) % (24 * 60)
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`
}

/** What kind of session it is, in words a client recognises: "Lower body strength", "Easy run". */
export function sessionKind(s: BlockSession): string {
  if (s.modality === 'strength') return `${REGION[s.region ?? 'full']} strength`
  const kind = s.runType ? RUN[s.runType] : ''
  const what = MODALITY[s.modality] ?? s.modality
  return kind ? `${kind} ${what}` : what[0]!.toUpperCase() + what.slice(1)
}

/**
 * The session's name on a handout or calendar: the coach's own title where there is one (the name
 * the client heard, "Track 6 × 800"), with its kind beside it so the client still knows what it is;
 * otherwise the kind alone.
 */
export function sessionTitle(s: BlockSession): string {
  const kind = sessionKind(s)
  const title = s.title?.trim()
  if (!title) return kind
  return title.toLowerCase() === kind.toLowerCase() ? title : `${title} (${kind})`
}

/** The prescription in plain words: "45 min · top set of 5 at 80 % of your max · stop 1–2 reps short of failure". */
export function prescription(s: BlockSession): string {
  const parts = [`${s.durationMin} min`]
  if (s.modality === 'strength') {
    if (s.topSetReps !== undefined) {
      const load = s.pct1rm !== undefined ? ` at ${s.pct1rm} % of your max` : ''
      parts.push(`top set of ${s.topSetReps}${load}`)
    }
    parts.push(s.toFailure ? 'last set to failure' : 'stop 1–2 reps short of failure')
  } else {
    if (s.zone !== undefined) parts.push(`heart-rate zone ${s.zone}`)
    if (s.rpe !== undefined) parts.push(`effort ${s.rpe}/10`)
    if (s.distanceKm !== undefined) parts.push(`${s.distanceKm} km`)
    const terrain = TERRAIN[s.terrain]
    if (terrain) parts.push(terrain)
  }
  if (s.priority === 'key') parts.push('key session: do not skip')
  if (s.priority === 'optional') parts.push('optional')
  return parts.join(' · ')
}
