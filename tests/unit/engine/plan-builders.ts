import { WeekPlanSchema } from '../../../shared/schemas/plan.schema'
import type { WeekPlan } from '../../../shared/schemas/plan.schema'
import { scenarioPlanJson } from '../../support/scenarios'

/** The plan of a shared scenario, e.g. scenarioPlan('s24'). */
export function scenarioPlan(
  id: string,
  patch: (raw: Record<string, unknown>) => void = () => {},
): WeekPlan {
  const raw = scenarioPlanJson(id)
  patch(raw)
  return WeekPlanSchema.parse(raw)
}

type SessionInput = Record<string, unknown> & {
  id: string
  day: number
  start: string
  durationMin: number
  modality: string
}

/** A one-week plan for a client (defaults: strength goal, intermediate) and sessions. */
export function week(
  sessions: SessionInput[],
  client: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): WeekPlan {
  return WeekPlanSchema.parse({
    format: 'blockwise-week@1',
    client: { goal: 'strength', ...client },
    week: { phase: 'build', deload: false },
    sessions,
    ...extra,
  })
}

export const lift = (
  id: string,
  day: number,
  start: string,
  extra: Record<string, unknown> = {},
): SessionInput => ({
  id,
  day,
  start,
  durationMin: 60,
  modality: 'strength',
  region: 'lower',
  topSetReps: 5,
  ...extra,
})

export const run = (
  id: string,
  day: number,
  start: string,
  extra: Record<string, unknown> = {},
): SessionInput => ({
  id,
  day,
  start,
  durationMin: 40,
  modality: 'run',
  runType: 'easy',
  ...extra,
})
