import type { ClientProfile } from '../schemas/client.schema'
import type { PlanSession } from '../schemas/session.schema'
import type { BlockPlan, History, Readiness, WeekPlan } from '../schemas/plan.schema'
import { limitedRecovery } from './client-facts'
import { dayStress, sessionsByDay } from './day-stress'
import { loadTimeline } from './load-timeline'
import type { AcwrMethod, LoadTimeline } from './load-timeline'
import { finishFacts, sessionFacts } from './session-facts'
import type { SessionFacts } from './session-facts'
import { maxesLookup } from './lift-maxes'
import type { MaxOfLift } from './lift-maxes'
import type { ExerciseIndex } from '../exercises/exercise-index'

export type Experience = ClientProfile['experienceStrength']

export interface WeekInput {
  phase: string
  deload: boolean
  sessions: PlanSession[]
  /** The morning of this week's Monday, when known (a block's later weeks; the app's log). */
  readiness?: Readiness | undefined
}

/** Everything about the whole plan that rules share: sessions across weeks, day stress, client. */
export interface PlanContext {
  client: ClientProfile
  weeks: WeekInput[]
  weekCount: number
  /** Every session of the plan, in start order. */
  facts: SessionFacts[]
  /** Sessions of each week, in start order. */
  weekFacts: SessionFacts[][]
  /** §2.5 exp_overall of each week. */
  weekExp: Experience[]
  /** Sessions by plan day (week × 7 + day). */
  days: SessionFacts[][]
  /** Day stress by plan day. */
  ds: number[]
  dailyLoads: number[]
  limited: boolean
  /** ACWR and PMC series over given history + every planned day, computed once. */
  timeline: LoadTimeline
  history: History
  readiness: Readiness | undefined
  /** The client's max for a line's lift, by name or alias (PRG-05). */
  maxOf: MaxOfLift
}

/** What the caller may choose about an analysis. */
export interface EngineOptions {
  /** How the acute:chronic ratio is computed (§4.3); EWMA unless asked. */
  acwr?: AcwrMethod | undefined
  /**
   * The exercise library lines are matched to maxes in (by name or alias): the app's database
   * library, so a coach's own aliases count; the built-in one unless given.
   */
  library?: ExerciseIndex | undefined
}

/** One week's view: its sessions, its own metrics, and the history it sees (§4, block rules). */
export interface WeekContext {
  plan: PlanContext
  week: number
  phase: string
  deload: boolean
  facts: SessionFacts[]
  dailyLoads: number[]
  expOverall: Experience
  history: History
  /** Readiness describes the morning of the plan's first Monday, so only week 0 sees it. */
  readiness: Readiness | undefined
}

const EXP_RANK: Record<Experience, number> = { novice: 0, intermediate: 1, advanced: 2 }

/** §2.5 exp_overall: the lower experience of the modalities the week holds. */
export function expOverall(client: ClientProfile, facts: readonly SessionFacts[]): Experience {
  const levels: Experience[] = []
  if (facts.some((f) => f.s.modality === 'strength')) levels.push(client.experienceStrength)
  if (facts.some((f) => f.s.modality === 'run' || f.lowImpact))
    levels.push(client.experienceRunning)
  if (levels.length === 0) return 'intermediate'
  return levels.reduce((a, b) => (EXP_RANK[a] <= EXP_RANK[b] ? a : b))
}

export function normaliseWeeks(plan: WeekPlan | BlockPlan): WeekInput[] {
  return plan.format === 'blockwise-week@1'
    ? [{ phase: plan.week.phase, deload: plan.week.deload, sessions: plan.sessions }]
    : plan.weeks
}

export function buildPlanContext(
  plan: WeekPlan | BlockPlan,
  options: EngineOptions = {},
): PlanContext {
  return contextFromWeeks(plan.client, normaliseWeeks(plan), plan.history, plan.readiness, options)
}

/** The shared context of a plan given as weeks (the balancer builds candidate weeks directly). */
export function contextFromWeeks(
  client: ClientProfile,
  weeks: WeekInput[],
  givenHistory: History | undefined,
  readiness: Readiness | undefined,
  options: EngineOptions = {},
): PlanContext {
  const history = givenHistory ?? {}
  const raw = weeks.flatMap((week, w) =>
    week.sessions.map((s) => sessionFacts(s, w, history.medianRunMin)),
  )
  const facts = finishFacts(raw, client)
  const days = sessionsByDay(facts, weeks.length * 7)
  const weekFacts: SessionFacts[][] = weeks.map(() => [])
  for (const f of facts) weekFacts[f.week]!.push(f)
  const dailyLoads = days.map((list) => list.reduce((sum, f) => sum + f.load, 0))
  return {
    client,
    weeks,
    weekCount: weeks.length,
    facts,
    weekFacts,
    weekExp: weekFacts.map((list) => expOverall(client, list)),
    days,
    ds: days.map(dayStress),
    dailyLoads,
    limited: limitedRecovery(client),
    timeline: loadTimeline(history.dailyLoad ?? [], dailyLoads, options.acwr ?? 'ewma'),
    history,
    readiness,
    maxOf: maxesLookup(client, options.library),
  }
}
