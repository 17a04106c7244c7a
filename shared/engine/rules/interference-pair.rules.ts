import { STRENGTH_GOALS } from '../client-facts'
import { describe } from '../describe'
import { downgrade } from '../finding'
import { after, apart, before, gapWords } from '../gap-words'
import type { RuleFinding, Severity } from '../finding'
import type { PlanContext } from '../plan-context'
import type { Pair } from './pairs'
import { isHardCardio, isRun, isStrength, isWalk, strengthAndCardio } from './pairs'
import { pairFinding } from './rule-kit'

const H6 = 360
const H8 = 480

const GOAL_WORDS: Record<string, string> = {
  strength: 'strength',
  hypertrophy: 'hypertrophy',
  hybrid: 'hybrid',
  endurance: 'endurance',
  general_fitness: 'general-fitness',
  fat_loss: 'fat-loss',
}

const name = (plan: PlanContext, f: Pair['a']) => describe(f, plan.weekCount)

/** INT-01 (§5.1): strength-priority goals keep ≥6 h between lifting and cardio. */
export function int01(p: Pair, plan: PlanContext): RuleFinding | null {
  if (!STRENGTH_GOALS.has(plan.client.goal) || p.gapMin >= H6) return null
  const sc = strengthAndCardio(p)
  if (!sc || sc.lift.sp < 2 || sc.cardio.sp < 2) return null
  const soft = sc.lift.upperOnly || (sc.cardio.lowImpact && sc.cardio.intensity === 'EASY')
  return pairFinding('INT-01', soft ? 'info' : 'warn', p, {
    message: `${name(plan, sc.lift)} and ${name(plan, sc.cardio)} are ${p.gapMin > 0 ? 'only ' : ''}${apart(p.gapMin)}. For a ${GOAL_WORDS[plan.client.goal]} goal keep at least 6 h between them, ideally on different days.`,
    fix: 'Lift in the morning and do the cardio at least 6 h later, or move the cardio to another day; or cut it to a ≤10-min easy cool-down.',
  })
}

/** INT-02 (§5.1): cardio before lifting reduces leg strength for up to 8 h. */
export function int02(p: Pair, plan: PlanContext): RuleFinding | null {
  const goal = plan.client.goal
  if (goal !== 'strength' && goal !== 'hypertrophy') return null
  const { a, b } = p
  if (!a.cardio || !isStrength(b) || a.sp < 2 || b.sp < 2) return null
  const legLift = b.s.region === 'lower' || b.s.region === 'full'
  const window = legLift && (a.s.modality === 'run' || a.s.modality === 'cycle') ? H8 : H6
  if (p.gapMin >= window) return null
  return pairFinding('INT-02', b.upperOnly ? 'info' : 'warn', p, {
    message: `${name(plan, a)} comes ${before(p.gapMin)} ${name(plan, b)}. Leg strength work is reduced for up to 8 h after aerobic exercise. Lift first.`,
    fix: 'Swap the order (lift, then cardio at least 6 h later) or move the cardio to another day.',
  })
}

/** INT-03 (§5.1): no hard or long cardio within 6–8 h after heavy lifting, for every goal. */
export function int03(p: Pair, plan: PlanContext): RuleFinding | null {
  const { a, b } = p
  let severity: Severity | null = null
  if (a.heavyLeg && (isHardCardio(b) || b.longRun)) {
    if (p.gapMin < H6) severity = 'critical'
    else if (p.gapMin < H8) severity = 'warn'
  } else if (a.heavyStr && a.upperOnly && isHardCardio(b) && p.gapMin < H6) {
    severity = 'warn'
  }
  if (!severity) return null
  return pairFinding('INT-03', severity, p, {
    message: `${name(plan, b)} is ${after(p.gapMin)} ${name(plan, a)}. HIIT and long or fast runs need a separate day or at least 6–8 h after heavy lifting.`,
    fix: 'Move the hard or long session to another day (or ≥8 h later); or make it ≤20 min in Zone 2, or low-impact cardio (cycle, elliptical, swim).',
  })
}

/** INT-04 (§5.1, §1.2): the cardio right after a lift must stay a cool-down, not a workout. */
export function int04(p: Pair, plan: PlanContext, int03Fired: boolean): RuleFinding | null {
  const { a, b } = p
  if (!isStrength(a) || a.sp < 2 || !b.cardio || isWalk(b) || p.gapMin >= 60) return null
  const goal = plan.client.goal
  const strengthGoal = STRENGTH_GOALS.has(goal)
  const general = goal === 'general_fitness' || goal === 'fat_loss'
  let severity: Severity | null = null
  let cap = 10
  if (b.intensity !== 'EASY') {
    if (!int03Fired) {
      if (strengthGoal) severity = 'warn'
      else if (general && b.intensity === 'HARD') severity = 'info'
    }
  } else if (strengthGoal) {
    const d = b.s.durationMin
    severity = d >= 20 ? 'warn' : d > 10 ? 'info' : null
  } else if (general) {
    cap = a.heavyLeg ? 20 : 30
    severity = b.s.durationMin > cap ? 'info' : null
  }
  if (general) cap = a.heavyLeg ? 20 : 30
  if (a.upperOnly) severity = downgrade(severity)
  if (!severity) return null
  const intensityWord = (b.intensity ?? 'EASY').toLowerCase()
  return pairFinding(
    'INT-04',
    severity,
    p,
    {
      message: `${b.s.durationMin}-min ${intensityWord} ${b.s.modality} after ${name(plan, a)} is another workout, not a cool-down. For a ${GOAL_WORDS[goal]} goal keep post-lift cardio to ≤${cap} min easy.`,
      fix: strengthGoal
        ? 'Cut it to 3–10 min easy and move the rest to another day; after heavy legs use the bike or elliptical.'
        : 'Keep it ≤30 min at a conversational pace and move the rest to another day; after heavy legs use the bike or elliptical.',
    },
    { durationMin: b.s.durationMin },
  )
}

/** INT-05 (§5.1): eccentric (hilly/downhill) running within 48 h of heavy legs, either order. */
export function int05(p: Pair, plan: PlanContext): RuleFinding | null {
  const { a, b } = p
  if (p.gapMin > 48 * 60) return null
  if (a.heavyLeg && b.eccRun) {
    const severity = plan.client.injuryProneLower || p.gapMin < H6 ? 'critical' : 'warn'
    return pairFinding('INT-05', severity, p, {
      message: `${name(plan, b)} is ${after(p.gapMin)} ${name(plan, a)}: eccentric damage on already-damaged quads.`,
      fix: 'Use a flat or uphill-only route, or low-impact cardio; or put the hilly run at least 48 h from the leg session.',
    })
  }
  if (a.eccRun && b.heavyLeg) {
    return pairFinding('INT-05', STRENGTH_GOALS.has(plan.client.goal) ? 'warn' : 'info', p, {
      message: `${name(plan, a)} is ${before(p.gapMin)} ${name(plan, b)}: knee-extensor strength is still reduced by about 14–17 % at 24–48 h after downhill running.`,
      fix: 'Put the hilly run at least 48 h before the leg session, or keep the route flat.',
    })
  }
  return null
}

/** INT-07 (§5.1): no sets to failure before a run (000-10). */
export function int07(p: Pair, plan: PlanContext): RuleFinding | null {
  const { a, b } = p
  if (!isStrength(a) || !a.s.toFailure || !isRun(b) || p.gapMin >= H6) return null
  if (!(b.sp >= 2 || b.s.durationMin > 10)) return null
  const severity = a.upperOnly && b.intensity === 'EASY' ? 'info' : 'warn'
  return pairFinding('INT-07', severity, p, {
    message: `Sets to failure in ${name(plan, a)} before ${name(plan, b)} (${p.gapMin > 0 ? `${gapWords(p.gapMin)} later` : 'straight after'}).`,
    fix: 'Cap sets at 1–3 reps in reserve (RPE 7–9) on days with a run, or move the run ≥6 h later or to another day.',
  })
}

const isRaceOrTest = (f: Pair['b']) =>
  f.s.runType === 'race' || f.s.tag === 'race' || f.s.tag === 'test'

/** INT-08 (§5.1): endurance priority, so no substantial lifting shortly before a key run. */
export function int08(p: Pair, plan: PlanContext): RuleFinding | null {
  const goal = plan.client.goal
  if (goal !== 'endurance' && goal !== 'hybrid') return null
  const { a, b } = p
  if (!isStrength(a) || a.sp < 3 || !b.keyRun || p.gapMin >= H6) return null
  return pairFinding('INT-08', 'warn', p, {
    message: `Key run ${name(plan, b)} comes ${after(p.gapMin)} ${name(plan, a)}. For ${goal === 'endurance' ? 'an endurance' : 'a hybrid'} goal run first or use separate days.`,
    fix: 'Swap the order (run in the morning, lift at least 6 h later) or move one of them to another day.',
  })
}

/** INT-09 (§5.1): heavy legs 6–24 h before a key run. */
export function int09(p: Pair, plan: PlanContext): RuleFinding | null {
  const goal = plan.client.goal
  if (goal !== 'endurance' && goal !== 'hybrid') return null
  const { a, b } = p
  if (!a.heavyLeg || !b.keyRun || p.gapMin < H6 || p.gapMin >= 24 * 60) return null
  return pairFinding('INT-09', isRaceOrTest(b) ? 'warn' : 'info', p, {
    message: `${name(plan, a)} is ${before(p.gapMin)} key run ${name(plan, b)}: expect reduced quality.`,
    fix: 'Put heavy legs 24–48 h before the key run, or later on the key-run day (run first); or make the leg session lighter.',
  })
}

/** INT-10 (§5.1): endurance goal, heavy legs less than 6 h after a key run. */
export function int10(p: Pair, plan: PlanContext): RuleFinding | null {
  if (plan.client.goal !== 'endurance') return null
  const { a, b } = p
  if (!a.keyRun || !b.heavyLeg || p.gapMin >= H6) return null
  return pairFinding('INT-10', 'info', p, {
    message: `${name(plan, b)} is ${after(p.gapMin)} key run ${name(plan, a)} and may be counterproductive.`,
    fix: 'Separate them by at least 6 h (run in the morning, lift in the evening) or lighten the leg session.',
  })
}
