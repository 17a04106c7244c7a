import { minutesOfDay } from '../../schemas/common.schema'
import { describe } from '../describe'
import type { RuleFinding } from '../finding'
import type { FiredSoFar } from './rule-check'
import { mean } from '../load-metrics'
import type { WeekContext } from '../plan-context'
import { loadedRegions } from './population.rules'
import { sessionFinding, weekFinding } from './rule-kit'
import { isRun } from './pairs'

const dayHigh = (ctx: WeekContext, day: number) => (ctx.plan.ds[ctx.week * 7 + day] ?? 0) >= 3

/** RDY-01 (§5.6): short sleep with a HIGH day in the next 48 h. */
export function rdy01(ctx: WeekContext): RuleFinding[] {
  const nights = ctx.readiness?.sleepLast3H ?? []
  const avg = mean(nights)
  const last = nights[nights.length - 1]!
  if (!(avg < 7.0 || last < 6.0) || !(dayHigh(ctx, 0) || dayHigh(ctx, 1))) return []
  return [
    weekFinding(
      'RDY-01',
      'warn',
      ctx.week,
      [],
      {
        message: `Sleep ${avg.toFixed(1)} h on average (last night ${last} h; target 7–9 h) with a high-stress day in the next 48 h.`,
        fix: 'Swap the HIGH day with a later LOW day, or make it easier.',
      },
      { sleepAvgH: Math.round(avg * 10) / 10 },
    ),
  ]
}

/** RDY-02 (§5.6): an early start that leaves under 7 h of sleep after the usual bedtime. */
export function rdy02(ctx: Pick<WeekContext, 'plan' | 'week' | 'facts'>): RuleFinding[] {
  const bedtime = ctx.plan.client.habitualBedtime
  if (bedtime === undefined) return []
  const wake = minutesOfDay(ctx.plan.client.habitualWake ?? '07:00')
  const bed = minutesOfDay(bedtime)
  // A bedtime from noon on is the evening before; an earlier one is after midnight, that day.
  const bedOnTimeline = bed >= 720 ? bed - 1440 : bed
  const findings: RuleFinding[] = ctx.facts.flatMap((f) => {
    const start = minutesOfDay(f.s.start)
    if (start >= wake) return []
    const sleepMin = start - 30 - bedOnTimeline
    if (sleepMin >= 420) return []
    return [
      sessionFinding(
        'RDY-02',
        'warn',
        f,
        {
          message: `A ${f.s.start} start (${describe(f, ctx.plan.weekCount)}) leaves at most ${(sleepMin / 60).toFixed(1)} h of sleep after a ${bedtime} bedtime.`,
          fix: 'Move it later in the day or to the evening.',
        },
        { sleepH: Math.round((sleepMin / 60) * 10) / 10 },
      ),
    ]
  })
  return findings
}

/** RDY-03 (§5.6, Plews 2014): 7-day HRV below the personal baseline. */
export function rdy03(ctx: WeekContext): RuleFinding[] {
  const last7 = ctx.readiness?.hrvLast7 ?? []
  const base = ctx.readiness?.hrvBaseline
  if (!base) return []
  const avg = mean(last7)
  const severity =
    avg < base.mean - base.sd ? 'warn' : avg < base.mean - 0.5 * base.sd ? 'info' : null
  if (!severity) return []
  return [
    weekFinding(
      'RDY-03',
      severity,
      ctx.week,
      [],
      {
        message: `7-day HRV (lnRMSSD) ${avg.toFixed(2)} is below the baseline of ${base.mean.toFixed(2)} (SD ${base.sd}).`,
        fix: 'Make the next HIGH day a LOW day.',
      },
      { hrv7d: Math.round(avg * 100) / 100 },
    ),
  ]
}

/** RDY-04 (§5.6): soreness, fatigue and pain on the plan's Monday. */
export function rdy04(ctx: WeekContext): RuleFinding[] {
  const r = ctx.readiness ?? {}
  const today = ctx.facts.filter((f) => f.s.day === 0)
  const findings: RuleFinding[] = []
  const legWork = today.filter(
    (f) =>
      (isRun(f) && f.sp >= 2) ||
      (f.s.modality === 'strength' && (f.s.region === 'lower' || f.s.region === 'full')),
  )
  if ((r.sorenessLower ?? 0) >= 7 && legWork.length > 0) {
    findings.push(
      weekFinding('RDY-04', 'warn', ctx.week, legWork, {
        message: `Lower-body soreness ${r.sorenessLower}/10 this morning, with ${legWork.map((f) => describe(f, ctx.plan.weekCount)).join(' and ')} planned today.`,
        fix: 'Skip or reduce the run and the leg work today.',
      }),
    )
  }
  const runs = today.filter(isRun)
  if ((r.fatigue ?? 0) >= 8 && runs.length > 0) {
    findings.push(
      weekFinding('RDY-04', 'warn', ctx.week, runs, {
        message: `Fatigue ${r.fatigue}/10 this morning ("excessively drained") with a run planned today.`,
        fix: 'Skip the run or cut its intensity and duration.',
      }),
    )
  }
  const pain = new Set<string>(r.painRegions ?? [])
  for (const f of today) {
    if (!loadedRegions(f).some((region) => pain.has(region))) continue
    findings.push(
      sessionFinding('RDY-04', 'critical', f, {
        message: `${describe(f, ctx.plan.weekCount)} loads a region where the client reports pain today.`,
        fix: 'Stop: do not train through pain; refer to a clinician.',
      }),
    )
  }
  for (const f of findings) f.day = 0
  return findings
}

/** RDY-05 (§5.6, Meeusen 2013): lifts falling together with readiness flags. */
export function rdy05(ctx: WeekContext, earlier: FiredSoFar): RuleFinding[] {
  const r = ctx.readiness
  if (r?.e1rmChange14dPct === undefined || r.e1rmChange14dPct > -5) return []
  const hrvFired = earlier.has('RDY-03')
  const flags: string[] = []
  if (r.sleepLast3H && r.sleepLast3H.length > 0 && mean(r.sleepLast3H) < 7)
    flags.push('short sleep')
  if (hrvFired) flags.push('suppressed HRV')
  if ((r.sorenessLower ?? 0) >= 7 || (r.fatigue ?? 0) >= 8) flags.push('high soreness or fatigue')
  if (r.mood !== undefined && r.mood <= 2) flags.push('low mood')
  if (flags.length < 2) return []
  return [
    weekFinding(
      'RDY-05',
      'warn',
      ctx.week,
      [],
      {
        message: `Lifts down ${Math.abs(r.e1rmChange14dPct)} % over 2 weeks with ${flags.join(', ')}: possible non-functional overreaching.`,
        fix: 'Insert a deload; review life stress and energy intake; get a medical review if it persists.',
      },
      { e1rmChangePct: r.e1rmChange14dPct },
    ),
  ]
}

/** Completed sessions with both a planned and an actual RPE: what RDY-06 compares. */
export const ratedSessions = (ctx: WeekContext) =>
  ctx.facts.filter(
    (f) => f.s.status === 'completed' && f.s.rpe !== undefined && f.s.rpeActual !== undefined,
  )

/** RDY-06 (§5.6): actual RPE 2+ above planned on two consecutive sessions of the same type. */
export function rdy06(ctx: WeekContext): RuleFinding[] {
  const rated = ratedSessions(ctx)
  // "Same type": modality, plus the run type for cardio or the region for lifting.
  const typeOf = (f: (typeof rated)[number]) => `${f.s.modality}:${f.s.runType ?? f.s.region ?? ''}`
  const byType = new Map<string, typeof rated>()
  for (const f of rated) byType.set(typeOf(f), [...(byType.get(typeOf(f)) ?? []), f])
  for (const list of byType.values()) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!]
      const drift = (f: typeof a) => f.s.rpeActual! - f.s.rpe!
      if (drift(a) >= 2 && drift(b) >= 2) {
        return [
          weekFinding('RDY-06', 'info', ctx.week, [a, b], {
            message: `${describe(a, ctx.plan.weekCount)} and ${describe(b, ctx.plan.weekCount)} both felt 2+ RPE harder than planned: possible accumulating fatigue.`,
            fix: 'Check sleep, stress and recovery; ease the next similar session.',
          }),
        ]
      }
    }
  }
  return []
}

/** RDY-07 (§5.6): illness with a HIGH day within 72 h. */
export function rdy07(ctx: WeekContext): RuleFinding[] {
  const r = ctx.readiness
  if (r?.illness !== true || ![0, 1, 2].some((d) => dayHigh(ctx, d))) return []
  return [
    weekFinding(
      'RDY-07',
      'critical',
      ctx.week,
      ctx.facts.filter((f) => f.s.day <= 2 && f.sp >= 3),
      {
        message:
          'The client reports illness with systemic symptoms, and a high-stress day is planned in the next 72 h.',
        fix: 'No hard training while ill with systemic symptoms; replace the HIGH days with rest or easy movement.',
      },
    ),
  ]
}
