import type { BlockPlan, WeekPlan } from '../schemas/plan.schema'
import { dayClass } from './day-stress'
import type { DayClass } from './day-stress'
import { severityRank } from './finding'
import type { Finding, NotEvaluated } from './finding'
import { monotony, strain } from './load-metrics'
import { weekAcwr, weekPmc } from './load-timeline'
import type { AcwrMethod } from './load-timeline'
import { buildPlanContext } from './plan-context'
import type { PlanContext } from './plan-context'
import { bal01, bal02, bal03, bal04, bal05, bal06 } from './rules/balance.rules'
import { int06, int11 } from './rules/interference-day.rules'
import {
  int01,
  int02,
  int03,
  int04,
  int05,
  int07,
  int08,
  int09,
  int10,
} from './rules/interference-pair.rules'
import { nut01, nut02, nut03, nut04 } from './rules/nutrition.rules'
import { ovr01, ovr02, ovr03, ovr04, ovr05, ovr06, ovr07, ovr08 } from './rules/overreaching.rules'
import { enumeratePairs } from './rules/pairs'
import { pop01, pop02, pop03, pop04, pop05 } from './rules/population.rules'
import { prg01, prg02, prg03, prg04 } from './rules/progression.rules'
import type { RuleOutcome } from './rules/progression.rules'
import { rdy01, rdy02, rdy03, rdy04, rdy05, rdy06, rdy07 } from './rules/readiness.rules'
import { val01 } from './rules/validation.rules'
import { weekContexts } from './week-contexts'

export interface DaySummary {
  week: number
  day: number
  stress: number
  class: DayClass
  load: number
}

export interface WeekSummary {
  week: number
  load: number
  monotony: number | null
  strain: number | null
  acwr: number | null
  tsb: number | null
  highDays: number
}

export interface Analysis {
  findings: Finding[]
  notEvaluated: NotEvaluated[]
  days: DaySummary[]
  weeks: WeekSummary[]
}

const PAIR_RULES = [int01, int02, int05, int07, int08, int09, int10, pop01, pop02, pop04]

/**
 * Only the placement-dependent rules (⟲ in §5): what the balancer can change by moving sessions.
 * Much cheaper than a full analysis, so the balancer scores candidate arrangements with it.
 */
export function placementFindings(ctx: PlanContext): Finding[] {
  const rdy02All = ctx.weekFacts.flatMap(
    (facts, week) => rdy02({ plan: ctx, week, facts }).findings,
  )
  return [...pairFindings(ctx), ...int06(ctx), ...int11(ctx), ...bal01(ctx), ...rdy02All]
}

/** Rules about pairs of sessions, across the whole plan (48-h window, §0.3). */
function pairFindings(plan: PlanContext): Finding[] {
  const { pairs, overlaps } = enumeratePairs(plan.facts)
  const findings: Finding[] = val01(plan, overlaps)
  for (const pair of pairs) {
    const f03 = int03(pair, plan)
    if (f03) findings.push(f03)
    const f04 = int04(pair, plan, f03 !== null)
    if (f04) findings.push(f04)
    for (const rule of PAIR_RULES) {
      const finding = rule(pair, plan)
      if (finding) findings.push(finding)
    }
  }
  return findings
}

function weekOutcomes(plan: PlanContext): RuleOutcome[] {
  return weekContexts(plan).flatMap((ctx) => {
    const hrv = rdy03(ctx)
    const plain = (findings: Finding[]): RuleOutcome => ({ findings, notEvaluated: [] })
    return [
      plain(pop05(ctx)),
      prg01(ctx),
      prg02(ctx),
      plain(prg03(ctx)),
      prg04(ctx),
      plain([...bal02(ctx), ...bal03(ctx), ...bal04(ctx), ...bal05(ctx), ...bal06(ctx)]),
      ovr01(ctx),
      ovr02(ctx),
      ovr03(ctx),
      ovr04(ctx),
      ovr05(ctx),
      ovr06(ctx),
      ovr07(ctx),
      ovr08(ctx),
      rdy01(ctx),
      rdy02(ctx),
      hrv,
      rdy04(ctx),
      rdy05(ctx, hrv.findings.length > 0),
      rdy06(ctx),
      rdy07(ctx),
      nut01(ctx),
      nut02(ctx),
      nut03(ctx),
      nut04(ctx),
    ]
  })
}

function weekSummaries(plan: PlanContext): WeekSummary[] {
  const history = plan.history.dailyLoad ?? []
  return plan.weeks.map((_, w) => {
    const daily = plan.dailyLoads.slice(w * 7, w * 7 + 7)
    const daysBefore = history.length + w * 7
    const m = monotony(daily)
    const acwr = daysBefore >= 28 ? (weekAcwr(plan.timeline, w).at(-1) ?? null) : null
    const tsb = daysBefore >= 42 ? (weekPmc(plan.timeline, w).formAtDayEnds.at(-1) ?? null) : null
    const round = (x: number | null) =>
      x === null || !Number.isFinite(x) ? null : Math.round(x * 100) / 100
    return {
      week: w,
      load: daily.reduce((a, b) => a + b, 0),
      monotony: round(m),
      strain: round(strain(daily)),
      acwr: round(acwr),
      tsb: round(tsb),
      highDays: plan.ds.slice(w * 7, w * 7 + 7).filter((d) => d >= 3).length,
    }
  })
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Findings in a stable reading order: by week, day, severity (worst first), rule, sessions. */
function byReadingOrder(a: Finding, b: Finding): number {
  return (
    a.week - b.week ||
    (a.day ?? 7) - (b.day ?? 7) ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.sessions.join(), b.sessions.join())
  )
}

/**
 * Analyses a week or a block (docs/engine-rules.md §3–§5): every rule, the day classes and the load
 * metrics. Pure and deterministic: the same plan gives the same analysis, whatever the order of
 * its sessions.
 */
export function analyzePlan(
  plan: WeekPlan | BlockPlan,
  options: { acwr?: AcwrMethod } = {},
): Analysis {
  const ctx = buildPlanContext(plan, options.acwr)
  const outcomes = weekOutcomes(ctx)
  const findings = [
    ...pairFindings(ctx),
    ...int06(ctx),
    ...int11(ctx),
    ...pop03(ctx),
    ...bal01(ctx),
    ...outcomes.flatMap((o) => o.findings),
  ].sort(byReadingOrder)
  return {
    findings,
    notEvaluated: outcomes.flatMap((o) => o.notEvaluated),
    days: ctx.ds.map((stress, i) => ({
      week: Math.floor(i / 7),
      day: i % 7,
      stress,
      class: dayClass(stress),
      load: ctx.dailyLoads[i] ?? 0,
    })),
    weeks: weekSummaries(ctx),
  }
}
