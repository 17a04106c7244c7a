import type { RuleFinding } from '../finding'
import type { WeekContext } from '../plan-context'
import { isDeloadWeek, mean, percentile, referenceLoad, strain } from '../load-metrics'
import { weekAcwr, weekPmc } from '../load-timeline'
import { weekFinding } from './rule-kit'

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits
const weekLoad = (ctx: WeekContext) => ctx.dailyLoads.reduce((a, b) => a + b, 0)
const restful = (ctx: WeekContext) => ctx.deload || ctx.phase === 'taper'
/** The stricter thresholds of OVR-02 for novices, limited recovery or injury-prone clients. */
const atRisk = (ctx: WeekContext) =>
  ctx.expOverall === 'novice' || ctx.plan.limited || ctx.plan.client.injuryProneLower

/** OVR-01 thresholds: above 1.5 is the danger zone, above 1.3 leaves the sweet spot (Gabbett 2016). */
export function acwrSeverity(max: number): 'critical' | 'warn' | null {
  return max > 1.5 ? 'critical' : max > 1.3 ? 'warn' : null
}

/** OVR-05 thresholds: TSB below −40 is red in GoldenCheetah, below −30 "high risk" (intervals.icu). */
export function tsbSeverity(min: number): 'critical' | 'warn' | null {
  return min < -40 ? 'critical' : min < -30 ? 'warn' : null
}

/** OVR-06 thresholds: a CTL ramp above 8/week is red; above 6 (4 for at-risk clients) a warning. */
export function rampSeverity(ramp: number, strict: boolean): 'critical' | 'warn' | null {
  return ramp > 8 ? 'critical' : ramp > (strict ? 4 : 6) ? 'warn' : null
}

/** OVR-01 (§5.5, §4.3): EWMA acute:chronic ratio on each plan day. */
export function ovr01(ctx: WeekContext): RuleFinding[] {
  const ratios = weekAcwr(ctx.plan.timeline, ctx.week)
  if (ratios.length === 0) return []
  const max = Math.max(...ratios)
  const severity = acwrSeverity(max)
  if (severity) {
    return [
      weekFinding(
        'OVR-01',
        severity,
        ctx.week,
        ctx.facts,
        {
          message: `Planned load pushes the acute:chronic ratio (ACWR) to ${max.toFixed(2)} (sweet spot 0.8–1.3; 1.5 and above is the danger zone). ACWR is a spike detector, not an injury prediction.`,
          fix: 'Spread the increase over 2–3 weeks; cut volume on the spike days.',
        },
        { acwrMax: round(max) },
      ),
    ]
  }
  const avg = mean(ratios)
  if (avg < 0.8 && !restful(ctx)) {
    return [
      weekFinding(
        'OVR-01',
        'info',
        ctx.week,
        [],
        {
          message: `Planned load keeps the acute:chronic ratio (ACWR) at ${avg.toFixed(2)}, below the 0.8–1.3 sweet spot: the client may lose fitness.`,
          fix: 'Build back towards the usual weekly load, unless this is a planned easy week.',
        },
        { acwrMean: round(avg) },
      ),
    ]
  }
  return []
}

/** OVR-02 (§5.5, §4.5): week-over-week load change against the reference load R. */
export function ovr02(ctx: WeekContext): RuleFinding[] {
  const weekly = ctx.history.weeklyLoad ?? []
  const r = referenceLoad(weekly, ctx.history.weeklyDeload ?? [])
  if (r === 0) return []
  const delta = (weekLoad(ctx) - r) / r
  const [critical, warn] = atRisk(ctx) ? [0.2, 0.1] : [0.3, 0.15]
  const severity = delta > critical ? 'critical' : delta > warn ? 'warn' : null
  if (!severity) return []
  return [
    weekFinding(
      'OVR-02',
      severity,
      ctx.week,
      ctx.facts,
      {
        message: `Weekly load +${Math.round(delta * 100)} % (${Math.round(weekLoad(ctx))} AU) against the reference of ${Math.round(r)} AU.`,
        fix: `Keep the increase under ${Math.round(warn * 100)} % a week for this client: trim volume, or spread it over more weeks.`,
      },
      { deltaPct: round(delta * 100, 1), referenceAU: Math.round(r) },
    ),
  ]
}

/**
 * §4.5 (v1.2) OVR-03's reference: how many weeks back it lies and its run minutes. Week −2, or
 * when that was a flagged deload week −3, then −4, the first that was not; null when all three
 * were deloads or are missing. Run minutes and deload flags are aligned at their ends.
 */
export function runReference(
  minutes: readonly number[],
  deloads: readonly boolean[],
): { weeksBack: number; minutes: number } | null {
  for (let back = 2; back <= 4; back++) {
    const value = minutes[minutes.length - back]
    if (value === undefined) return null
    if (deloads[deloads.length - back] !== true) return { weeksBack: back, minutes: value }
  }
  return null
}

/**
 * OVR-03 (§5.5, §4.5): running minutes against two weeks ago (Nielsen 2014), or against the last
 * week before a deload: a return to normal running after it is not a build.
 */
export function ovr03(ctx: WeekContext): RuleFinding[] {
  const reference = runReference(ctx.history.runMinutesByWeek ?? [], ctx.history.weeklyDeload ?? [])
  if (!reference || reference.minutes === 0) return []
  const before = reference.minutes
  const runs = ctx.facts.filter((f) => f.s.modality === 'run')
  const now = runs.reduce((sum, f) => sum + f.s.durationMin, 0)
  const delta = (now - before) / before
  if (delta <= 0.3) return []
  const { client } = ctx.plan
  const severity =
    client.experienceRunning === 'novice' || client.injuryProneLower ? 'critical' : 'warn'
  const against =
    reference.weeksBack === 2
      ? 'over 2 weeks'
      : `against ${reference.weeksBack} weeks ago, the last week before the deload`
  return [
    weekFinding(
      'OVR-03',
      severity,
      ctx.week,
      runs,
      {
        message: `Running volume +${Math.round(delta * 100)} % ${against} (${before} → ${now} min).`,
        fix: 'Grow running by about 10 % a week at most (less for newer runners).',
      },
      { deltaPct: round(delta * 100, 1) },
    ),
  ]
}

/**
 * OVR-04 (§5.5, Foster 1998): strain above the client's own 90th percentile of 12 weeks and, v1.2,
 * above 1.10 × their median: after steady weeks the percentile sits a few per cent above the usual
 * week, and an ordinary build week would pass it.
 */
export function ovr04(ctx: WeekContext): RuleFinding[] {
  const strains = (ctx.history.weeklyStrain ?? []).slice(-12)
  const threshold = Math.max(percentile(strains, 90), 1.1 * percentile(strains, 50))
  const s = strain(ctx.dailyLoads)
  if (!(s > threshold)) return []
  return [
    weekFinding(
      'OVR-04',
      'warn',
      ctx.week,
      ctx.facts,
      {
        message: `Weekly strain ${Number.isFinite(s) ? Math.round(s) : '>10×load'} is above this client's usual ceiling (${Math.round(threshold)}: the 90th percentile of the last 12 weeks, and at least 10 % above their median week).`,
        fix: 'Lower the load or vary the days more (hard days harder, easy days easier).',
      },
      { strain: Number.isFinite(s) ? Math.round(s) : -1, threshold: Math.round(threshold) },
    ),
  ]
}

/** OVR-05 (§5.5, §4.4): projected form (TSB) too negative, or detraining. */
export function ovr05(ctx: WeekContext): RuleFinding[] {
  const pmc = weekPmc(ctx.plan.timeline, ctx.week)
  const min = Math.min(...pmc.formAtDayEnds)
  const severity = tsbSeverity(min)
  if (severity) {
    return [
      weekFinding(
        'OVR-05',
        severity,
        ctx.week,
        ctx.facts,
        {
          message: `Projected form (TSB) falls to ${min.toFixed(1)}: beyond the high-risk line of −30${severity === 'critical' ? ' and the injury-risk line of −40' : ''}.`,
          fix: 'Reduce this week’s load or add recovery days so fatigue does not outrun fitness.',
        },
        { tsbMin: round(min, 1) },
      ),
    ]
  }
  if (!restful(ctx) && pmc.tsbLast14.length === 14 && pmc.tsbLast14.every((t) => t > 15)) {
    return [
      weekFinding('OVR-05', 'info', ctx.week, [], {
        message:
          'Form (TSB) has stayed above +15 for two weeks: the client is fresh but may be losing fitness.',
        fix: 'Unless this is a planned taper, build the load back up.',
      }),
    ]
  }
  return []
}

/**
 * OVR-06 (§5.5, §4.4): how fast fitness (CTL) is ramped. v1.2: its "restore the usual load" (info)
 * is suppressed when OVR-05 says form is too negative (warn or worse) in the same week.
 */
export function ovr06(ctx: WeekContext): RuleFinding[] {
  const pmc = weekPmc(ctx.plan.timeline, ctx.week)
  const ramp = pmc.ramp
  const strict = ctx.expOverall === 'novice' || ctx.plan.limited
  const formTooNegative = tsbSeverity(Math.min(...pmc.formAtDayEnds)) !== null
  const severity =
    rampSeverity(ramp, strict) ?? (ramp < -4 && !restful(ctx) && !formTooNegative ? 'info' : null)
  if (!severity) return []
  return [
    weekFinding(
      'OVR-06',
      severity,
      ctx.week,
      ctx.facts,
      {
        message: `Fitness (CTL) ramps ${ramp >= 0 ? '+' : ''}${ramp.toFixed(1)} per week (typical 3–7; above 8 is the red zone${ramp < 0 ? '; below −4 fitness is being lost' : ''}).`,
        fix:
          ramp < 0
            ? 'Unless this is a planned easy week, restore the usual load.'
            : 'Spread the build over more weeks.',
      },
      { ramp: round(ramp, 1) },
    ),
  ]
}

/**
 * OVR-07 (§5.5): consecutive loading weeks without a deload, the plan week included; for a novice
 * (v1.2) a reminder from 8 weeks and never more.
 */
export function ovr07(ctx: WeekContext): RuleFinding[] {
  const weekly = ctx.history.weeklyLoad ?? []
  const loads = [...weekly, weekLoad(ctx)]
  const flags = [...weekly.map((_, i) => ctx.history.weeklyDeload?.[i] === true), ctx.deload]
  let count = 0
  for (let i = loads.length - 1; i >= 0 && !isDeloadWeek(loads, flags, i); i--) count++
  const n = ctx.plan.limited ? 4 : 6
  // v1.2: novices progress linearly for longer; their overload is OVR-01/02/03's to catch.
  const severity =
    ctx.expOverall === 'novice'
      ? count >= 8
        ? 'info'
        : null
      : count >= n + 3
        ? 'critical'
        : count >= n
          ? 'warn'
          : count === n - 1
            ? 'info'
            : null
  if (!severity) return []
  return [
    weekFinding(
      'OVR-07',
      severity,
      ctx.week,
      [],
      {
        message: `${count} loading weeks in a row without a deload${severity === 'info' ? (count >= n ? '; plan one soon' : '; one is due next week') : ''}.`,
        fix: 'Plan a deload week of about 5–7 days: volume −40–60 %, effort reduced (2 more reps in reserve), frequency kept.',
      },
      { loadingWeeks: count },
    ),
  ]
}

/**
 * OVR-08 (§5.5): a week flagged deload whose load stays above 80 % of the 3 weeks before it.
 * Silent in other weeks. v1.2: by load only; a deload keeps its frequency, so its HIGH days stay.
 */
export function ovr08(ctx: WeekContext): RuleFinding[] {
  if (!ctx.deload) return []
  const weekly = ctx.history.weeklyLoad ?? []
  if (weekly.length < 3) return []
  const usual = mean(weekly.slice(-3))
  if (!(weekLoad(ctx) > 0.8 * usual)) return []
  return [
    weekFinding('OVR-08', 'info', ctx.week, [], {
      message: `This deload week keeps ${Math.round((weekLoad(ctx) / usual) * 100)} % of the usual load; a deload cuts it by 40–60 %.`,
      fix: 'Cut volume by 40–60 % (fewer sets and shorter runs) and effort (2 more reps in reserve); keep the frequency.',
    }),
  ]
}
