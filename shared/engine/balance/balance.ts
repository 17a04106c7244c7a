import type { z } from 'zod'
import type { ExerciseIndex } from '../../exercises/exercise-index'
import type { ContentSuggestion, EngineProposalSchema, Move } from '../../schemas/balance.schema'
import type { BlockPlan, WeekPlan } from '../../schemas/plan.schema'
import { minutesOfDay } from '../../schemas/common.schema'
import { analyzePlan, placementFindings } from '../analyze'
import type { Finding } from '../finding'
import { contextFromWeeks, normaliseWeeks } from '../plan-context'
import type { WeekInput } from '../plan-context'
import { candidatePlacements, movableGroups, placeGroup } from './groups'
import type { MoveGroup, Placement } from './groups'
import { arrangementCost, better, displacementCost } from './objective'
import type { Score } from './objective'
import { stackingGuard } from './stacking-guard'
import type { StackingGuard } from './stacking-guard'
import { contentSuggestions } from './suggestions'

/** The balancer's answer, and the plan with its moves applied (the input plan when there are none). */
export type Proposal = z.infer<typeof EngineProposalSchema> & { plan: WeekPlan | BlockPlan }

export interface BalanceOptions {
  /** Balance this week only; the whole plan when absent. */
  week?: number
  /** Steepest-descent rounds per week; each applies the best single move or day swap. */
  maxRounds?: number
  /** The library the before/after analyses match lines to maxes in (the app's database one). */
  library?: ExerciseIndex | undefined
}

interface WeekSearch {
  client: WeekPlan['client']
  weeks: WeekInput[]
  w: number
  groups: MoveGroup[]
  candidates: Map<string, Placement[]>
  /** Pairs (a|b) that the coach already put in one session (less than 1 h apart, same day). */
  sameSessionInPlan: Set<string>
  /** §6.4: no INT-12/INT-13 finding the coach's plan did not already have. */
  stacking: StackingGuard
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

/** §2.5 "same session": 0 ≤ gap < 1 h between the end of one and the start of the next. */
function sameSessionPairs(week: WeekInput): Set<string> {
  const pairs = new Set<string>()
  const timed = week.sessions.map((s) => ({
    id: s.id,
    day: s.day,
    start: minutesOfDay(s.start),
    end: minutesOfDay(s.start) + s.durationMin,
  }))
  for (const a of timed) {
    for (const b of timed) {
      if (a.id !== b.id && a.day === b.day && b.start >= a.end && b.start - a.end < 60)
        pairs.add(pairKey(a.id, b.id))
    }
  }
  return pairs
}

/**
 * Scores one arrangement of week `w`, seen with its neighbouring weeks (§6.7), or null when it
 * breaks the never-relaxed constraint of §6.4 (a new or worse INT-12/INT-13 finding): such a
 * state is never accepted, by any step of the search, whatever it would gain elsewhere.
 */
function score(
  search: WeekSearch,
  week: WeekInput,
  placement: Map<string, Placement>,
): Score | null {
  const from = Math.max(0, search.w - 1)
  const window = search.weeks.slice(from, search.w + 2)
  window[search.w - from] = week
  const ctx = contextFromWeeks(search.client, window, undefined, undefined)
  const findings = placementFindings(ctx)
  if (search.stacking.breaks(findings)) return null
  const cost = arrangementCost(
    ctx,
    findings,
    window.map((_, i) => i),
  )
  return { critical: cost.critical, j: cost.j + displacementCost(search.groups, placement) }
}

function applyPlacement(
  week: WeekInput,
  groups: MoveGroup[],
  placement: Map<string, Placement>,
): WeekInput {
  let result = week
  for (const g of groups) {
    const p = placement.get(g.rootId)!
    if (p.day !== g.originalDay || p.start !== g.originalStart) result = placeGroup(result, g, p)
  }
  return result
}

/**
 * §6.2 invariant 3 as a hard filter: after the move, the target day holds no overlapping sessions
 * and no more sessions than the client's maximum (attached cool-downs count with their lift).
 */
function keepsDayValid(search: WeekSearch, week: WeekInput, day: number): boolean {
  const sessions = week.sessions.filter((s) => s.day === day)
  const standalone = sessions.filter((s) => s.attachedTo === null).length
  if (standalone > search.client.maxSessionsPerDay) return false
  const spans = sessions
    .map((s) => ({
      id: s.id,
      start: minutesOfDay(s.start),
      end: minutesOfDay(s.start) + s.durationMin,
    }))
    .sort((a, b) => a.start - b.start)
  return spans.every((span, i) => {
    if (i === 0) return true
    const previous = spans[i - 1]!
    if (span.start < previous.end) return false
    // Back to back (under 1 h) is one session: the balancer never merges sessions (§6.2 inv. 2).
    return (
      span.start - previous.end >= 60 || search.sameSessionInPlan.has(pairKey(previous.id, span.id))
    )
  })
}

/** Neighbourhoods N1 (move one group) and N2 (swap the days of two groups), §6.6. */
function* neighbours(
  search: WeekSearch,
  current: Map<string, Placement>,
): Generator<Map<string, Placement>> {
  const base = search.weeks[search.w]!
  for (const g of search.groups) {
    const here = current.get(g.rootId)!
    for (const p of search.candidates.get(g.rootId)!) {
      if (p.day === here.day && p.start === here.start) continue
      const next = new Map(current).set(g.rootId, p)
      if (keepsDayValid(search, applyPlacement(base, search.groups, next), p.day)) yield next
    }
  }
  for (let i = 0; i < search.groups.length; i++) {
    for (let k = i + 1; k < search.groups.length; k++) {
      const a = search.groups[i]!
      const b = search.groups[k]!
      const pa = current.get(a.rootId)!
      const pb = current.get(b.rootId)!
      if (pa.day === pb.day) continue
      const aThere = search.candidates
        .get(a.rootId)!
        .find((p) => p.day === pb.day && p.start === pa.start)
      const bThere = search.candidates
        .get(b.rootId)!
        .find((p) => p.day === pa.day && p.start === pb.start)
      if (!aThere || !bThere) continue
      const next = new Map(current).set(a.rootId, aThere).set(b.rootId, bThere)
      const week = applyPlacement(base, search.groups, next)
      if (keepsDayValid(search, week, pa.day) && keepsDayValid(search, week, pb.day)) yield next
    }
  }
}

/** Steepest descent from the coach's arrangement, then churn reduction (§6.6). */
function balanceWeek(search: WeekSearch, rounds: number): Map<string, Placement> {
  const original = new Map(
    search.groups.map((g) => [g.rootId, { day: g.originalDay, start: g.originalStart }]),
  )
  const base = search.weeks[search.w]!
  const evaluate = (p: Map<string, Placement>) =>
    score(search, applyPlacement(base, search.groups, p), p)
  let current = original
  // The coach's own arrangement always meets the stacking constraint: it defines what is allowed.
  let currentScore = evaluate(current)!
  for (let round = 0; round < rounds; round++) {
    let best: { placement: Map<string, Placement>; score: Score } | null = null
    for (const candidate of neighbours(search, current)) {
      const s = evaluate(candidate)
      if (s && (!best || better(s, best.score))) best = { placement: candidate, score: s }
    }
    if (!best || !better(best.score, currentScore)) break
    current = best.placement
    currentScore = best.score
  }
  // Churn reduction: undo any move the result does not need, smallest displacement first.
  const moved = search.groups
    .filter((g) => {
      const p = current.get(g.rootId)!
      return p.day !== g.originalDay || p.start !== g.originalStart
    })
    .sort((a, b) => displacementCost([a], current) - displacementCost([b], current))
  for (const g of moved) {
    const reverted = new Map(current).set(g.rootId, original.get(g.rootId)!)
    const s = evaluate(reverted)
    // Reverting one move can put a session back beside one another move brought to its day.
    if (s && !better(currentScore, s)) {
      current = reverted
      currentScore = s
    }
  }
  return current
}

function rebuild(plan: WeekPlan | BlockPlan, weeks: WeekInput[]): WeekPlan | BlockPlan {
  if (plan.format === 'blockwise-week@1') return { ...plan, sessions: weeks[0]!.sessions }
  return {
    ...plan,
    weeks: plan.weeks.map((week, i) => ({ ...week, sessions: weeks[i]!.sessions })),
  }
}

/**
 * J of §6.5 for `proposed` as a re-arrangement of `original`: its placement-dependent findings,
 * spread and same-day terms, plus the displacement of every moved group from the coach's plan.
 */
export function proposalScore(
  original: WeekPlan | BlockPlan,
  proposed: WeekPlan | BlockPlan,
): Score {
  const originalWeeks = normaliseWeeks(original)
  const weeks = normaliseWeeks(proposed)
  const ctx = contextFromWeeks(proposed.client, weeks, undefined, undefined)
  const cost = arrangementCost(
    ctx,
    placementFindings(ctx),
    weeks.map((_, i) => i),
  )
  let displacement = 0
  originalWeeks.forEach((week, w) => {
    const groups = movableGroups(week, w)
    const moved = new Map(weeks[w]!.sessions.map((s) => [s.id, s]))
    const placement = new Map(
      groups.map((g) => {
        const root = moved.get(g.rootId)!
        return [g.rootId, { day: root.day, start: minutesOfDay(root.start) }]
      }),
    )
    displacement += displacementCost(groups, placement)
  })
  return { critical: cost.critical, j: cost.j + displacement }
}

function movesBetween(before: WeekInput[], after: WeekInput[]): Move[] {
  return before.flatMap((week, w) =>
    week.sessions.flatMap((s, i) => {
      const moved = after[w]!.sessions[i]!
      if (moved.day === s.day && moved.start === s.start) return []
      return [
        {
          sessionId: s.id,
          week: w,
          from: { day: s.day, start: s.start },
          to: { day: moved.day, start: moved.start },
        },
      ]
    }),
  )
}

/**
 * Proposes a re-arrangement of the same sessions that clears or reduces the placement-dependent
 * findings (docs/engine-rules.md §6). Content, the set of sessions, availability, rest days, locked and
 * completed sessions and attachments are never changed. Deterministic: the same plan gives the
 * same proposal. Never applied automatically.
 */
export function proposeBalance(plan: WeekPlan | BlockPlan, options: BalanceOptions = {}): Proposal {
  const before = analyzePlan(plan, { library: options.library })
  const original = normaliseWeeks(plan)
  const beforeScore = proposalScore(plan, plan)
  const unchanged = (
    status: Proposal['status'],
    suggestions: ContentSuggestion[] = [],
  ): Proposal => ({
    status,
    moves: [],
    before: before.findings,
    after: before.findings,
    objective: { before: beforeScore.j, after: beforeScore.j },
    suggestions,
    plan,
  })
  if (!before.findings.some((f) => f.severity !== 'info')) return unchanged('no_change')

  const weeks = [...original]
  const stacking = stackingGuard(before.findings)
  const targets = options.week === undefined ? weeks.map((_, i) => i) : [options.week]
  for (const w of targets) {
    if (!weeks[w]) continue
    const groups = movableGroups(weeks[w], w)
    const candidates = new Map(
      groups.map((g) => [g.rootId, candidatePlacements(g, weeks[w]!, plan.client)]),
    )
    const search: WeekSearch = {
      client: plan.client,
      weeks,
      w,
      groups,
      candidates,
      sameSessionInPlan: sameSessionPairs(weeks[w]),
      stacking,
    }
    const placement = balanceWeek(search, options.maxRounds ?? 12)
    weeks[w] = applyPlacement(weeks[w], groups, placement)
  }

  const proposed = rebuild(plan, weeks)
  const after = analyzePlan(proposed, { library: options.library })
  const afterScore = proposalScore(plan, proposed)
  const moves = movesBetween(original, weeks)
  const afterJ = afterScore.j
  // §6.6: suggestions = content_fixes(F1), F1 being the arrangement returned (F0 when nothing
  // moves), in the weeks balanced: a suggestion never answers a finding the coach is not shown.
  const suggestionsFor = (findings: readonly Finding[], state: WeekInput[]) =>
    contentSuggestions(
      contextFromWeeks(plan.client, state, plan.history, plan.readiness),
      findings.filter((f) => f.severity !== 'info' && targets.includes(f.week)),
    )
  // Judged on the weeks balanced: a block's other weeks keep whatever findings they have.
  const stillCritical = after.findings.some(
    (f) => targets.includes(f.week) && f.severity === 'critical' && f.placementDependent,
  )
  // Load rules (ACWR, TSB) and Monday's readiness also depend on which day a session is on, so
  // the whole analysis must not gain a critical finding, whatever the placement rules say.
  const criticals = (findings: Finding[]) =>
    findings.filter((f) => f.severity === 'critical').length
  if (criticals(after.findings) > criticals(before.findings) || stacking.breaks(after.findings)) {
    return unchanged(
      stillCritical ? 'infeasible' : 'no_change',
      suggestionsFor(before.findings, original),
    )
  }
  // No-improvement guard: a shuffle that gains under 5 % and clears no critical is not worth it.
  if (
    moves.length === 0 ||
    (afterJ >= 0.95 * beforeScore.j && afterScore.critical === beforeScore.critical)
  ) {
    return unchanged(
      stillCritical ? 'infeasible' : 'no_change',
      suggestionsFor(before.findings, original),
    )
  }
  return {
    status: stillCritical ? 'infeasible' : 'proposal',
    moves,
    before: before.findings,
    after: after.findings,
    objective: { before: beforeScore.j, after: afterJ },
    suggestions: suggestionsFor(after.findings, weeks),
    plan: proposed,
  }
}
