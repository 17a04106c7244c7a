import type { Exercise, RunType, SessionFields } from '../../shared/schemas/session.schema'

/** A session of a weekly template; `key` names it so a cool-down can attach to its lift. */
export type TemplateSession = Omit<SessionFields, 'attachedTo'> & {
  key: string
  attachTo?: string
}

const BASE = {
  toFailure: false,
  terrain: 'flat',
  priority: 'normal',
  locked: false,
  tag: null,
  status: 'planned',
} as const

type Extra = Partial<Omit<TemplateSession, 'key' | 'day' | 'start' | 'durationMin'>>

/** A lifting session; reps of the top set decide whether it is heavy (≤6) or moderate. */
export function lift(
  key: string,
  day: number,
  start: string,
  durationMin: number,
  region: 'lower' | 'upper' | 'full' | 'core',
  topSetReps: number,
  exercises: Exercise[],
  extra: Extra = {},
): TemplateSession {
  return {
    ...BASE,
    key,
    day,
    start,
    durationMin,
    modality: 'strength',
    region,
    topSetReps,
    exercises,
    ...extra,
  }
}

/** A run of the given type; zone and distance are optional detail for the handout. */
export function run(
  key: string,
  day: number,
  start: string,
  durationMin: number,
  runType: RunType,
  extra: Extra = {},
): TemplateSession {
  return { ...BASE, key, day, start, durationMin, modality: 'run', runType, ...extra }
}

/** Any other modality (cycle, swim, mobility, sport …). */
export function other(
  key: string,
  day: number,
  start: string,
  durationMin: number,
  modality: SessionFields['modality'],
  extra: Extra = {},
): TemplateSession {
  return { ...BASE, key, day, start, durationMin, modality, ...extra }
}

export const ex = (name: string, sets: number, reps: number, pct1rm?: number): Exercise =>
  pct1rm === undefined ? { name, sets, reps } : { name, sets, reps, pct1rm }

/** The heavy squat day's lines: back squat 5 × 5 at `pct` %1RM, then Romanian deadlifts. */
export const squat = (pct: number) => [ex('Back squat', 5, 5, pct), ex('Romanian deadlift', 3, 8)]
/** The heavy bench day's lines: bench press 5 × 5 at `pct` %1RM, then pull-ups. */
export const bench = (pct: number) => [ex('Bench press', 5, 5, pct), ex('Pull-up', 4, 6)]
