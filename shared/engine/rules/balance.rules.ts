import { describe, planDayName } from '../describe'
import type { RuleFinding } from '../finding'
import { monotony } from '../load-metrics'
import type { PlanContext, WeekContext } from '../plan-context'
import { weekFinding } from './rule-kit'

const dayWord = (plan: PlanContext, absDay: number) => planDayName(plan.weekCount, absDay)

/** "Monday and Tuesday", "Monday, Tuesday and Wednesday". */
function joinDays(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * BAL-01 (§5.4): one finding per maximal streak of consecutive HIGH days; in a block streaks
 * cross week boundaries, and the finding belongs to the week the streak starts in.
 */
export function bal01(plan: PlanContext): RuleFinding[] {
  const findings: RuleFinding[] = []
  let startDay = 0
  while (startDay < plan.ds.length) {
    if ((plan.ds[startDay] ?? 0) < 3) {
      startDay++
      continue
    }
    let endDay = startDay
    while ((plan.ds[endDay + 1] ?? 0) >= 3) endDay++
    const length = endDay - startDay + 1
    if (length >= 2) {
      const dss = plan.ds.slice(startDay, endDay + 1)
      const exp = plan.weekExp[Math.floor(startDay / 7)]
      let severity: RuleFinding['severity']
      if (length >= 3) severity = 'critical'
      else if ((exp === 'novice' || plan.limited) && Math.min(...dss) >= 4) severity = 'critical'
      else if (exp === 'advanced' && Math.min(...dss) === 3) severity = 'info'
      else severity = 'warn'
      const streakDays = Array.from({ length }, (_, i) => startDay + i)
      findings.push({
        rule: 'BAL-01',
        severity,
        week: Math.floor(startDay / 7),
        day: startDay % 7,
        sessions: streakDays.flatMap((d) => plan.days[d]!.map((f) => f.s.id)),
        message: `${joinDays(streakDays.map((d) => dayWord(plan, d)))} are ${length === 2 ? 'both' : `${length} consecutive`} high-stress days (DS ${dss.join('/')}). Alternate hard and easy days.`,
        fix: 'Move one HIGH session to a LOW or rest day (Balance week proposes this), or lower its intensity.',
        metrics: { streak: length },
      })
    }
    startDay = endDay + 1
  }
  return findings
}

const highDays = (ctx: WeekContext) =>
  ctx.plan.ds.slice(ctx.week * 7, ctx.week * 7 + 7).filter((ds) => ds >= 3).length

/**
 * BAL-02 (§5.4): more HIGH days than this client can absorb. v1.2: a deload week has the same cap,
 * since a deload keeps its frequency and cuts volume and effort (Bell 2023); OVR-08 judges that.
 */
export function bal02(ctx: WeekContext): RuleFinding[] {
  const base = { novice: 2, intermediate: 3, advanced: 4 }[ctx.expOverall]
  const cap = Math.max(1, base - (ctx.plan.limited ? 1 : 0))
  const n = highDays(ctx)
  if (n <= cap) return []
  return [
    weekFinding(
      'BAL-02',
      'warn',
      ctx.week,
      ctx.facts.filter((f) => f.sp >= 3),
      {
        message: `${n} high-stress days this week (cap ${cap} for this client).`,
        fix: 'Merge two HIGH stimuli into one deliberate HIGH day (lift first, HIIT ≥8 h later), or make one of them easier.',
      },
      { highDays: n, cap },
    ),
  ]
}

/** BAL-03 (§5.4): enough full recovery days (DS ≤ 1). */
export function bal03(ctx: WeekContext): RuleFinding[] {
  const recovery = ctx.plan.ds.slice(ctx.week * 7, ctx.week * 7 + 7).filter((ds) => ds <= 1).length
  const required = ctx.expOverall === 'novice' || ctx.plan.limited ? 2 : 1
  if (recovery >= required) return []
  return [
    weekFinding(
      'BAL-03',
      'warn',
      ctx.week,
      [],
      {
        message:
          recovery === 0
            ? 'No full recovery day this week.'
            : `Only ${recovery} full recovery day this week; this client needs ${required}.`,
        fix: 'Turn a LOW day into rest, mobility or an easy walk.',
      },
      { recoveryDays: recovery, required },
    ),
  ]
}

/** BAL-04 thresholds: monotony above 2.0 is elevated risk, 1.5–2.0 a watch zone. */
export function monotonySeverity(m: number): 'warn' | 'info' | null {
  return m > 2.0 ? 'warn' : m > 1.5 ? 'info' : null
}

/** BAL-04 (§5.4, Foster 1998): monotony of the 7 daily loads. */
export function bal04(ctx: WeekContext): RuleFinding[] {
  const m = monotony(ctx.dailyLoads)
  const severity = monotonySeverity(m)
  if (!severity) return []
  const shown = Number.isFinite(m) ? m.toFixed(2) : '>10'
  return [
    weekFinding(
      'BAL-04',
      severity,
      ctx.week,
      ctx.facts,
      {
        message: `Training monotony ${shown}: the days are too similar (above 2.0 raises illness risk; 1.5–2.0 is a watch zone).`,
        fix: 'Make hard days harder and easy days easier, and add a rest day.',
      },
      { monotony: Number.isFinite(m) ? Math.round(m * 100) / 100 : 99 },
    ),
  ]
}

const EASY_LABELS = new Set(['recovery', 'easy', 'long'])

/** BAL-05 (§5.4): a run labelled easy but planned at moderate effort (uses the planned RPE). */
export function bal05(ctx: WeekContext): RuleFinding[] {
  return ctx.facts.flatMap((f) => {
    const s = f.s
    if (s.modality !== 'run' || !s.runType || !EASY_LABELS.has(s.runType)) return []
    const rpeTooHigh = s.rpe !== undefined && s.rpe >= 5
    const zoneTooHigh = s.zone !== undefined && s.zone >= 3
    if (!rpeTooHigh && !zoneTooHigh) return []
    const planned = [rpeTooHigh ? `RPE ${s.rpe}` : null, zoneTooHigh ? `zone ${s.zone}` : null]
      .filter(Boolean)
      .join(', ')
    return [
      {
        rule: 'BAL-05',
        severity: 'info' as const,
        week: f.week,
        day: s.day,
        sessions: [s.id],
        message: `${describe(f, ctx.plan.weekCount)} is labelled ${s.runType} but planned at ${planned}. Easy means conversational, nasal breathing.`,
        fix: 'Plan it at zone ≤2 / RPE ≤4, or label it as the workout it is.',
      },
    ]
  })
}

/** BAL-06 (§5.4): strength and hybrid clients past novice need some truly heavy work. */
export function bal06(ctx: WeekContext): RuleFinding[] {
  const { client } = ctx.plan
  if (client.goal !== 'strength' && client.goal !== 'hybrid') return []
  if (client.experienceStrength === 'novice' || ctx.deload) return []
  if (ctx.facts.some((f) => f.heavyBase)) return []
  return [
    weekFinding('BAL-06', 'info', ctx.week, [], {
      message: 'No truly heavy strength work this week (≤6 reps, ideally 3–5).',
      fix: 'Make the main lift of one session heavy: 3–5 reps at 85 %+ of 1RM.',
    }),
  ]
}
