import type { z } from 'zod'
import type {
  AnalysisSchema,
  DaySummarySchema,
  WeekSummarySchema,
} from '../schemas/analysis.schema'
import type { BlockPlan, WeekPlan } from '../schemas/plan.schema'
import { dayClass } from './day-stress'
import { severityRank } from './finding'
import type { Finding } from './finding'
import { monotony, strain } from './load-metrics'
import { weekAcwr, weekPmc } from './load-timeline'
import { buildPlanContext } from './plan-context'
import type { EngineOptions, PlanContext } from './plan-context'
import { PLACEMENT_RULES, RULES } from './rules/registry'
import { runRules } from './rules/run-rules'
import { weekContexts } from './week-contexts'

export type DaySummary = z.infer<typeof DaySummarySchema>
export type WeekSummary = z.infer<typeof WeekSummarySchema>
export type Analysis = z.infer<typeof AnalysisSchema>

/**
 * Only the placement-dependent rules (⟲ in §5): what the balancer can change by moving sessions.
 * Much cheaper than a full analysis, so the balancer scores candidate arrangements with it.
 */
export function placementFindings(ctx: PlanContext): Finding[] {
  return runRules(ctx, PLACEMENT_RULES, weekContexts(ctx)).findings
}

function weekSummaries(plan: PlanContext): WeekSummary[] {
  const history = plan.history.dailyLoad ?? []
  return plan.weeks.map((_, w) => {
    const daily = plan.dailyLoads.slice(w * 7, w * 7 + 7)
    const daysBefore = history.length + w * 7
    const m = monotony(daily)
    // The week's peak of the daily ratios OVR-01 reads (§4.3): the number beside its finding, so a
    // spike on a Wednesday is not hidden by an easier Sunday.
    const ratios = daysBefore >= 28 ? weekAcwr(plan.timeline, w) : []
    const acwr = ratios.length > 0 ? Math.max(...ratios) : null
    // The week's lowest form, of the 8 values OVR-05 reads (§4.4): the number beside its finding.
    const tsb = daysBefore >= 42 ? Math.min(...weekPmc(plan.timeline, w).formAtDayEnds) : null
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
export function analyzePlan(plan: WeekPlan | BlockPlan, options: EngineOptions = {}): Analysis {
  const ctx = buildPlanContext(plan, options)
  const { findings, notEvaluated } = runRules(ctx, RULES, weekContexts(ctx))
  return {
    findings: findings.sort(byReadingOrder),
    notEvaluated,
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
