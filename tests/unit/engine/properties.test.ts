import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { proposeBalance } from '../../../shared/engine/balance/balance'
import { isIntenseCardio } from '../../../shared/engine/rules/interference-same-day.rules'
import { buildPlanContext } from '../../../shared/engine/plan-context'
import { minutesOfDay } from '../../../shared/schemas/common.schema'
import { WeekPlanSchema } from '../../../shared/schemas/plan.schema'
import type { WeekPlan } from '../../../shared/schemas/plan.schema'
import type { PlanSession } from '../../../shared/schemas/session.schema'

const TIMES = [
  '05:30',
  '06:00',
  '06:30',
  '07:00',
  '09:00',
  '12:00',
  '12:30',
  '17:00',
  '18:00',
  '18:30',
  '19:00',
]

const sessionArb = fc.oneof(
  fc.record({
    modality: fc.constant('strength'),
    region: fc.constantFrom('lower', 'upper', 'full', 'core'),
    topSetReps: fc.integer({ min: 1, max: 15 }),
    toFailure: fc.boolean(),
    durationMin: fc.integer({ min: 30, max: 100 }),
  }),
  fc.record({
    modality: fc.constant('run'),
    runType: fc.constantFrom(
      'recovery',
      'easy',
      'long',
      'tempo',
      'threshold',
      'intervals',
      'hill_repeats',
    ),
    terrain: fc.constantFrom('flat', 'hilly', 'rolling'),
    durationMin: fc.integer({ min: 8, max: 120 }),
  }),
  fc.record({
    modality: fc.constantFrom('cycle', 'walk', 'mobility', 'swim'),
    durationMin: fc.integer({ min: 10, max: 90 }),
  }),
)

/** A random week: distinct (day, start) slots, a few locked or completed sessions, optional limits. */
const weekArb = fc
  .record({
    slots: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(...TIMES)), {
      minLength: 2,
      maxLength: 9,
      selector: ([d, t]) => `${d} ${t}`,
    }),
    contents: fc.array(sessionArb, { minLength: 9, maxLength: 9 }),
    flags: fc.array(fc.constantFrom('free', 'free', 'free', 'locked', 'completed'), {
      minLength: 9,
      maxLength: 9,
    }),
    goal: fc.constantFrom(
      'strength',
      'hypertrophy',
      'endurance',
      'general_fitness',
      'fat_loss',
      'hybrid',
    ),
    experience: fc.constantFrom('novice', 'intermediate', 'advanced'),
    availability: fc.option(
      fc.array(
        fc.constantFrom(
          [{ start: '06:00', end: '21:00' }],
          [
            { start: '05:00', end: '09:00' },
            { start: '16:00', end: '21:00' },
          ],
          [],
        ),
        {
          minLength: 7,
          maxLength: 7,
        },
      ),
      { nil: undefined },
    ),
    restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 2 }),
  })
  .map(({ slots, contents, flags, goal, experience, availability, restDays }): WeekPlan => {
    const sessions = slots.map(([day, start], i) => ({
      id: `s${i}`,
      day,
      start,
      ...contents[i]!,
      locked: flags[i] === 'locked',
      status: flags[i] === 'completed' ? 'completed' : 'planned',
    }))
    return WeekPlanSchema.parse({
      format: 'blockwise-week@1',
      client: {
        goal,
        experienceStrength: experience,
        experienceRunning: experience,
        restDays,
        ...(availability ? { availability } : {}),
      },
      week: { phase: 'build', deload: false },
      sessions,
    })
  })

const content = ({ day: _day, start: _start, ...rest }: PlanSession) => rest

function inside(plan: WeekPlan, s: PlanSession): boolean {
  const windows = plan.client.availability?.[s.day]
  if (!plan.client.availability) return true
  const start = minutesOfDay(s.start)
  return (windows ?? []).some(
    (w) => minutesOfDay(w.start) <= start && start + s.durationMin <= minutesOfDay(w.end),
  )
}

const criticalCount = (plan: WeekPlan) =>
  analyzePlan(plan).findings.filter((f) => f.severity === 'critical').length

describe('balancer invariants (§6.2), for any week', () => {
  it('never changes content or the set of sessions, never moves a locked or completed session, never leaves availability, never lands on a rest day or adds a critical finding', () => {
    fc.assert(
      fc.property(weekArb, (plan) => {
        const proposal = proposeBalance(plan)
        if (proposal.plan.format !== 'blockwise-week@1') throw new Error('a week stays a week')
        const after = new Map(proposal.plan.sessions.map((s) => [s.id, s]))
        expect([...after.keys()].sort()).toEqual(plan.sessions.map((s) => s.id).sort())
        for (const s of plan.sessions) {
          const moved = after.get(s.id)!
          expect(content(moved)).toEqual(content(s))
          const didMove = moved.day !== s.day || moved.start !== s.start
          if (s.locked || s.status !== 'planned') expect(didMove).toBe(false)
          if (didMove) {
            expect(inside(plan, moved)).toBe(true)
            // A session may leave a rest day or shift within it, but never lands on another one.
            if (moved.day !== s.day) expect(plan.client.restDays ?? []).not.toContain(moved.day)
          }
        }
        expect(criticalCount(proposal.plan)).toBeLessThanOrEqual(criticalCount(plan))
        // Nothing is merged (§6.2 inv. 2): no new pair less than 1 h apart on one day.
        const sameSession = (sessions: PlanSession[]) => {
          const pairs = new Set<string>()
          for (const a of sessions) {
            for (const b of sessions) {
              const gap = minutesOfDay(b.start) - (minutesOfDay(a.start) + a.durationMin)
              if (a.id !== b.id && a.day === b.day && gap >= 0 && gap < 60)
                pairs.add([a.id, b.id].sort().join('|'))
            }
          }
          return pairs
        }
        const before = sameSession(plan.sessions)
        for (const pair of sameSession(proposal.plan.sessions))
          expect(before.has(pair), pair).toBe(true)
      }),
      { numRuns: 150, seed: 20261123 },
    )
  })

  it('gives the same proposal for the same input', () => {
    fc.assert(
      fc.property(weekArb, (plan) => {
        expect(proposeBalance(plan)).toEqual(proposeBalance(plan))
      }),
      { numRuns: 30, seed: 7 },
    )
  })
})

/** "INT-12 sessions|sessions" keys of a finding list, with the severity rank. */
const stackingFindings = (findings: ReturnType<typeof analyzePlan>['findings']) =>
  new Map(
    findings
      .filter((f) => f.rule === 'INT-12' || f.rule === 'INT-13')
      .map((f) => [`${f.rule} ${[...f.sessions].sort().join('|')}`, f.severity]),
  )
const RANK = { info: 0, warn: 1, critical: 2 } as const

describe('the balancer and INT-12/INT-13 (§6.4 v1.1), for any week', () => {
  it('applying the proposed moves and re-analysing gives exactly the proposal’s after list, and never an INT-12/13 finding the plan did not have (or a worse one)', () => {
    fc.assert(
      fc.property(weekArb, (plan) => {
        const proposal = proposeBalance(plan)
        const moved = new Map(proposal.moves.map((m) => [m.sessionId, m.to]))
        const applied: WeekPlan = {
          ...plan,
          sessions: plan.sessions.map((s) => ({ ...s, ...(moved.get(s.id) ?? {}) })),
        }
        const reanalysed = analyzePlan(applied)
        expect(reanalysed.findings).toEqual(proposal.after)
        const allowed = stackingFindings(analyzePlan(plan).findings)
        for (const [key, severity] of stackingFindings(reanalysed.findings)) {
          expect(allowed.has(key), `new ${key}`).toBe(true)
          expect(RANK[severity], `worse ${key}`).toBeLessThanOrEqual(RANK[allowed.get(key)!])
        }
      }),
      { numRuns: 200, seed: 20261130 },
    )
  })
})

describe('analysis, for any week', () => {
  it('never gives INT-12 to a week with at most one intense cardio session a day', () => {
    fc.assert(
      fc.property(weekArb, (plan) => {
        const { facts } = buildPlanContext(plan)
        const intensePerDay = new Map<number, number>()
        for (const f of facts.filter(isIntenseCardio))
          intensePerDay.set(f.absDay, (intensePerDay.get(f.absDay) ?? 0) + 1)
        fc.pre([...intensePerDay.values()].every((n) => n <= 1))
        expect(analyzePlan(plan).findings.map((f) => f.rule)).not.toContain('INT-12')
      }),
      { numRuns: 300, seed: 12 },
    )
  })

  it('never gives INT-13 to a week with at most one lift a day', () => {
    fc.assert(
      fc.property(weekArb, (plan) => {
        const lifts = plan.sessions.filter((s) => s.modality === 'strength').map((s) => s.day)
        fc.pre(new Set(lifts).size === lifts.length)
        expect(analyzePlan(plan).findings.map((f) => f.rule)).not.toContain('INT-13')
      }),
      { numRuns: 300, seed: 13 },
    )
  })

  it('is deterministic and does not depend on the order of sessions in the input', () => {
    fc.assert(
      fc.property(weekArb, fc.integer(), (plan, seed) => {
        const shuffled = [...plan.sessions].sort(
          (a, b) =>
            ((a.id.charCodeAt(1) * 31 + seed) % 17) - ((b.id.charCodeAt(1) * 31 + seed) % 17),
        )
        const first = analyzePlan(plan)
        expect(analyzePlan(plan)).toEqual(first)
        expect(analyzePlan({ ...plan, sessions: shuffled })).toEqual(first)
      }),
      { numRuns: 300, seed: 42 },
    )
  })
})
