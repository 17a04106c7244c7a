import type { ClientProfile } from '../../schemas/client.schema'
import { limitedRecoveryReasons, noviceAny, noviceRunner } from '../client-facts'
import { describe } from '../describe'
import { apart } from '../gap-words'
import type { RuleFinding } from '../finding'
import type { PlanContext, WeekContext } from '../plan-context'
import type { Pair } from './pairs'
import { isRun, isStrength, isWalk, strengthAndCardio } from './pairs'
import { pairFinding, sessionFinding, weekFinding } from './rule-kit'

/** Strength (SP ≥ 2) and non-walk cardio (SP ≥ 2) less than 6 h apart, either order. */
function stackedConcurrent(p: Pair): boolean {
  const sc = strengthAndCardio(p)
  return sc !== null && !isWalk(sc.cardio) && sc.lift.sp >= 2 && sc.cardio.sp >= 2 && p.gapMin < 360
}

/** Which beginner POP-01 speaks of (§2.5 novice_any): "a beginner runner", "a beginner lifter". */
function beginnerWords(client: ClientProfile): string {
  const lifter = client.experienceStrength === 'novice'
  const runner = client.experienceRunning === 'novice'
  if (lifter && runner) return 'a beginner at lifting and at running'
  return runner ? 'a beginner runner' : 'a beginner lifter'
}

/** POP-01 (§5.2): beginners separate the modalities (000-19, 002-07). */
export function pop01(p: Pair, plan: PlanContext): RuleFinding | null {
  if (!noviceAny(plan.client) || !stackedConcurrent(p)) return null
  return pairFinding('POP-01', 'warn', p, {
    message: `This client is ${beginnerWords(plan.client)}, and ${describe(p.a, plan.weekCount)} and ${describe(p.b, plan.weekCount)} are ${apart(p.gapMin)}. Separate lifting and cardio while technique and base fitness develop.`,
    fix: 'Put lifting and cardio on different days for the first block or two.',
  })
}

/** POP-02 (§5.2): for a newer runner a post-lift run is another hard workout (003-03). */
export function pop02(p: Pair, plan: PlanContext): RuleFinding | null {
  const { a, b } = p
  if (!noviceRunner(plan.client) || !isStrength(a) || a.sp < 2 || !isRun(b)) return null
  if (b.s.durationMin <= 10 || p.gapMin >= 360) return null
  return pairFinding('POP-02', 'warn', p, {
    message: `${describe(b, plan.weekCount)} follows ${describe(a, plan.weekCount)}. For a newer runner a post-lift run isn't recovery cardio; it's another hard workout.`,
    fix: 'Keep only a ≤5-min easy cool-down after lifting; schedule the run or a walk-run (1 min jog / 2 min walk) on a separate day.',
  })
}

/** POP-04 (§5.2): limited recovery, so no stacked concurrent sessions. */
export function pop04(p: Pair, plan: PlanContext): RuleFinding | null {
  if (!plan.limited || !stackedConcurrent(p)) return null
  return pairFinding('POP-04', 'warn', p, {
    message: `This client's recovery is limited (${limitedRecoveryReasons(plan.client)}). Avoid stacking ${describe(p.a, plan.weekCount)} and ${describe(p.b, plan.weekCount)} within 6 h.`,
    fix: 'Put them on separate days, reduce the volume, and work on sleep and nutrition.',
  })
}

/** §5.2 POP-03 region map: which body regions a session loads. */
export function loadedRegions(f: PlanContext['facts'][number]): string[] {
  const s = f.s
  switch (s.modality) {
    case 'strength':
      return s.region === 'lower'
        ? ['lower']
        : s.region === 'upper'
          ? ['upper']
          : s.region === 'full'
            ? ['lower', 'upper']
            : s.region === 'core'
              ? ['trunk']
              : []
    case 'run':
    case 'cycle':
    case 'elliptical':
      return ['lower']
    case 'row':
      return ['lower', 'upper']
    case 'swim':
      return ['upper']
    default:
      return []
  }
}

/** The regions of `loadedRegions` in a coach's words. */
export const REGION_WORDS: Record<string, string> = {
  lower: 'lower body',
  upper: 'upper body',
  trunk: 'trunk',
}

/** POP-03 (§5.2): a session that loads an actively injured region (rehab sessions excepted). */
export function pop03(plan: PlanContext): RuleFinding[] {
  const injured = new Set<string>(plan.client.activeInjuryRegions)
  if (injured.size === 0) return []
  return plan.facts.flatMap((f) => {
    if (f.sp < 2 || f.s.tag === 'rehab') return []
    const hit = loadedRegions(f).filter((r) => injured.has(r))
    if (hit.length === 0) return []
    return [
      sessionFinding('POP-03', 'critical', f, {
        message: `${describe(f, plan.weekCount)} loads the ${hit.map((r) => REGION_WORDS[r]).join(' and ')}, where this client has an active injury.`,
        fix: 'Replace it with a rehab-tagged session, a modality that spares the injury, or rest; get clinician clearance.',
      }),
    ]
  })
}

const PEAK_PHASES = new Set(['peak', 'realization', 'taper'])

/** POP-05 (§5.2): competitive strength athletes drop concurrent endurance work when peaking. */
export function pop05(ctx: WeekContext): RuleFinding[] {
  const { client } = ctx.plan
  if (client.competitiveLevel === 'recreational') return []
  if (client.goal !== 'strength' && client.goal !== 'hypertrophy') return []
  if (!PEAK_PHASES.has(ctx.phase)) return []
  const offending = ctx.facts.filter(
    (f) => (isRun(f) && f.sp >= 2) || (f.cardio && f.intensity === 'HARD'),
  )
  if (offending.length === 0) return []
  return [
    weekFinding('POP-05', 'warn', ctx.week, offending, {
      message: `Peak phase (${ctx.phase}) for a ${client.competitiveLevel} strength athlete with ${offending.length} endurance session${offending.length > 1 ? 's' : ''}: separate them significantly or drop concurrent endurance work.`,
      fix: 'Remove them, or replace them with ≤20 min of easy low-impact cardio on non-lifting days.',
    }),
  ]
}
