import type { z } from 'zod'
import { BlockPlanSchema, WeekPlanSchema } from '../schemas/plan.schema'
import type { BlockPlan, WeekPlan } from '../schemas/plan.schema'
import { withDerivedFields } from '../exercises/derive-session'
import { SEED_INDEX } from '../exercises/exercise-index'
import type { ExerciseIndex } from '../exercises/exercise-index'
import { regionProblem } from '../exercises/region-problem'
import { withComputedLoads } from '../exercises/prescribed-loads'
import type { PlanSession } from '../schemas/session.schema'

export type ParsedPlan =
  { ok: true; plan: WeekPlan | BlockPlan } | { ok: false; problems: string[] }

/** A zod path as a reader writes it: ['sessions', 3, 'start'] → `sessions[3].start`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`
    return text === '' ? String(key) : `${text}.${String(key)}`
  }, '')
}

function problems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = jsonPath(issue.path)
    return where ? `${where}: ${issue.message}` : issue.message
  })
}

/**
 * A plan whose strength sessions take what their exercise lines prescribe for the fields they
 * leave out (region, top-set reps, %1RM, to failure), and whose lines with a %1RM get their load
 * from `client.maxes`: docs/plan-format.md `exercises`.
 */
function withPrescribedFields<P extends WeekPlan | BlockPlan>(plan: P, library: ExerciseIndex): P {
  const prescribed = <S extends PlanSession>(s: S): S => {
    const derived = withDerivedFields(s, library)
    return derived.exercises
      ? { ...derived, exercises: withComputedLoads(derived.exercises, plan.client, library) }
      : derived
  }
  if ('sessions' in plan) return { ...plan, sessions: plan.sessions.map(prescribed) }
  return { ...plan, weeks: plan.weeks.map((w) => ({ ...w, sessions: w.sessions.map(prescribed) })) }
}

/** Strength sessions the library cannot give a region, at their JSON paths. */
function regionProblems(plan: WeekPlan | BlockPlan, library: ExerciseIndex): string[] {
  const sessions =
    'sessions' in plan
      ? plan.sessions.map((s, i) => ({ s, at: `sessions[${i}]` }))
      : plan.weeks.flatMap((w, wi) =>
          w.sessions.map((s, i) => ({ s, at: `weeks[${wi}].sessions[${i}]` })),
        )
  return sessions.flatMap(({ s, at }) => {
    const problem = regionProblem(s, library)
    return problem ? [`${at}.region: ${problem}`] : []
  })
}

/** A schema-valid plan checked against the library. */
function checkedPlan(plan: WeekPlan | BlockPlan, library: ExerciseIndex): ParsedPlan {
  const problems = regionProblems(plan, library)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan }
}

/**
 * Reads a plan of either format (docs/plan-format.md) as written. The `format` field picks the
 * schema first, so every problem is reported at its exact JSON path instead of as "matches neither
 * format". Exercise names are looked up in `library`: the built-in one for a plan file on its own,
 * the database's when a plan is imported into it (so the coach's own exercises count). An import
 * stores the plan as written, so fields left to the lines stay derived.
 */
export function readPlan(input: unknown, options: { library?: ExerciseIndex } = {}): ParsedPlan {
  const library = options.library ?? SEED_INDEX
  const format =
    typeof input === 'object' && input !== null ? (input as { format?: unknown }).format : undefined
  if (format === 'blockwise-week@1') {
    const parsed = WeekPlanSchema.safeParse(input)
    return parsed.success
      ? checkedPlan(parsed.data, library)
      : { ok: false, problems: problems(parsed.error) }
  }
  if (format === 'blockwise-block@1') {
    const parsed = BlockPlanSchema.safeParse(input)
    return parsed.success
      ? checkedPlan(parsed.data, library)
      : { ok: false, problems: problems(parsed.error) }
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: ['expected a JSON object with "format": "blockwise-week@1" or "blockwise-block@1"'],
    }
  }
  return {
    ok: false,
    problems: [
      `format: expected "blockwise-week@1" or "blockwise-block@1", got ${JSON.stringify(format) ?? 'nothing'}`,
    ],
  }
}

/** A plan read for the engine: as `readPlan`, with what its exercise lines prescribe filled in. */
export function parsePlan(input: unknown, options: { library?: ExerciseIndex } = {}): ParsedPlan {
  const read = readPlan(input, options)
  return read.ok
    ? { ok: true, plan: withPrescribedFields(read.plan, options.library ?? SEED_INDEX) }
    : read
}
