import { buildPlanContext } from '../engine/plan-context'
import type { SessionFacts } from '../engine/session-facts'
import { isIntenseCardio } from '../engine/rules/interference-same-day.rules'
import type { Goal } from '../schemas/client.schema'
import type { BlockPlan, WeekPlan } from '../schemas/plan.schema'

/**
 * "How to train this block": plain advice for the client, each line true of the weeks handed out.
 * A line describes what the block itself does (its hard and easy days, how lifting and running
 * share a day, how running builds), so a client never reads advice the plan in their hand breaks.
 * Where the block does not follow a principle, the line is left out: the coach sees that as a
 * finding, and the client is not told one thing and given another.
 */

const BY_GOAL: Record<Goal, string> = {
  strength: 'Lifting comes first in this block: keep most runs easy and conversational.',
  hypertrophy: 'Lifting comes first in this block: keep most runs easy and conversational.',
  endurance: 'Your key runs come first in this block: lift to stay strong, not to exhaustion.',
  hybrid: 'Strength and running both matter here: hard days hard, easy days truly easy.',
  general_fitness: 'Consistency beats heroics: hard days hard, easy days truly easy.',
  fat_loss: 'Keep most cardio easy and steady, and keep lifting to hold on to muscle.',
}

const ALWAYS = 'If something hurts (not just feels hard), stop and tell your coach.'
const SLEEP = 'Sleep 7–9 hours; after a short night, swap a hard session for an easy one.'
const PROTEIN = 'Eat 1.6–2.2 g of protein per kg of body weight a day, spread over your meals.'

const H6 = 360
const isLift = (f: SessionFacts) => f.s.modality === 'strength' && f.sp >= 2
/** Running or other cardio work (a walk is not). */
const isRunning = (f: SessionFacts) => f.cardio && f.s.modality !== 'walk'

/** The longest run of consecutive HIGH days (DS ≥ 3) among `days`, which are in order. */
function longestHighStreak(ds: readonly number[], days: readonly number[]): number {
  let longest = 0
  let streak = 0
  let previous = -2
  for (const day of days) {
    const high = (ds[day] ?? 0) >= 3
    streak = high ? (day === previous + 1 ? streak : 0) + 1 : 0
    if (high) previous = day
    longest = Math.max(longest, streak)
  }
  return longest
}

/** How hard and easy days follow each other in the weeks handed out. */
function hardDaysLine(ds: readonly number[], days: readonly number[]): string | null {
  const highDays = days.filter((d) => (ds[d] ?? 0) >= 3).length
  const streak = longestHighStreak(ds, days)
  if (highDays >= 2 && streak === 1)
    return 'Hard and easy days alternate: after each hard day comes an easy or rest day. Keep the easy days truly easy.'
  if (streak === 2)
    return 'Hard days come at most two in a row, and an easier day always follows them: keep it easy.'
  return null
}

/** Lifting and running on one day: whether the block keeps them apart, in which order, how far. */
function sameDayLines(facts: readonly SessionFacts[]): string[] {
  const pairs: { cardio: SessionFacts; liftFirst: boolean; gap: number }[] = []
  for (const a of facts) {
    for (const b of facts) {
      if (a === b || a.absDay !== b.absDay || a.order > b.order) continue
      const gap = b.start - a.end
      // A jog straight after a lift counts whatever its size: it is running on a lifting day.
      const straightAfter = gap >= 0 && gap < 60
      if (isLift(a) && isRunning(b) && (b.sp >= 2 || straightAfter))
        pairs.push({ cardio: b, liftFirst: true, gap })
      if (isRunning(a) && a.sp >= 2 && isLift(b)) pairs.push({ cardio: a, liftFirst: false, gap })
    }
  }
  if (pairs.length === 0) {
    return facts.some(isLift) && facts.some((f) => isRunning(f) && f.sp >= 2)
      ? ['Lifting and running are on separate days: if you have to swap a day, keep them apart.']
      : []
  }
  if (!pairs.every((p) => p.liftFirst)) return []
  const lines = [
    pairs.every((p) => p.gap >= H6)
      ? 'When you lift and run on the same day, lift first and run at least 6 hours later.'
      : 'When you lift and run on the same day, lift first and run after.',
  ]
  const straightAfter = pairs.filter((p) => p.gap >= 0 && p.gap < 60).map((p) => p.cardio)
  if (straightAfter.length > 0 && straightAfter.every((c) => c.intensity === 'EASY')) {
    lines.push(
      straightAfter.every((c) => c.s.durationMin <= 10)
        ? 'The jog after lifting is a cool-down: 5–10 easy minutes, no more.'
        : 'Keep the run straight after lifting at an easy, conversational pace.',
    )
  }
  return lines
}

/** Running minutes build by at most 10 % from one week to the next (deload weeks aside). */
function runningBuildsGently(plan: ReturnType<typeof buildPlanContext>, weeks: readonly number[]) {
  const minutes = weeks.map((w) =>
    plan.weekFacts[w]!.filter((f) => f.s.modality === 'run').reduce(
      (t, f) => t + f.s.durationMin,
      0,
    ),
  )
  const loading = weeks.map((w, i) => ({ deload: plan.weeks[w]!.deload, min: minutes[i]! }))
  let previous: number | null = null
  let compared = 0
  for (const week of loading) {
    if (week.deload) continue
    if (previous !== null && previous > 0) {
      if (week.min > 1.1 * previous) return false
      compared++
    }
    previous = week.min
  }
  return compared > 0
}

/**
 * The advice lines of a handout for the weeks `weekIndexes` of `plan`: the goal's line first, then
 * what this block does that the client should keep doing, and the safety line last.
 */
export function guidanceLines(
  plan: WeekPlan | BlockPlan,
  weekIndexes: readonly number[],
): string[] {
  const ctx = buildPlanContext(plan)
  const chosen = new Set(weekIndexes)
  const facts = ctx.facts.filter((f) => chosen.has(f.week))
  const days = weekIndexes.flatMap((w) => Array.from({ length: 7 }, (_, d) => w * 7 + d))
  const lines: string[] = [BY_GOAL[plan.client.goal]]

  const hard = hardDaysLine(ctx.ds, days)
  if (hard) lines.push(hard)
  const restEveryWeek = weekIndexes.every((w) =>
    ctx.ds.slice(w * 7, w * 7 + 7).some((stress) => stress <= 1),
  )
  if (restEveryWeek && facts.length > 0)
    lines.push(
      'Every week has at least one rest or recovery day: rest on it, and don’t use it to catch up.',
    )
  lines.push(...sameDayLines(facts))
  const intense = facts.filter(isIntenseCardio)
  const intenseShareADay = intense.some((a) =>
    intense.some((b) => a !== b && a.absDay === b.absDay),
  )
  if (intense.length >= 2 && !intenseShareADay)
    lines.push('Never two hard runs on one day: if you have to move one, move it to an easy day.')
  if (runningBuildsGently(ctx, weekIndexes))
    lines.push(
      'Your running time builds gradually, about 10 % a week at most: don’t add extra runs.',
    )
  if (facts.some((f) => f.s.modality === 'run' && f.intensity === 'EASY'))
    lines.push('Easy runs are truly easy: you can talk in full sentences the whole way.')
  lines.push(SLEEP)
  if (plan.client.adviceEnabled) lines.push(PROTEIN)
  lines.push(ALWAYS)
  return lines
}
