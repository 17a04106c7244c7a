import { describe, expect, it } from 'vitest'
import { proposalScore, proposeBalance } from '../../../shared/engine/balance/balance'
import { analyzePlan } from '../../../shared/engine/analyze'
import type { WeekPlan } from '../../../shared/schemas/plan.schema'
import { lift, run, scenarioPlan, week } from './plan-builders'

const DAILY_6_TO_21 = (raw: Record<string, unknown>) => {
  ;(raw.client as Record<string, unknown>).availability = Array.from({ length: 7 }, () => [
    { start: '06:00', end: '21:00' },
  ])
}

function moved(plan: WeekPlan, moves: Record<string, [number, string]>): WeekPlan {
  return {
    ...plan,
    sessions: plan.sessions.map((s) =>
      moves[s.id] ? { ...s, day: moves[s.id]![0], start: moves[s.id]![1] } : s,
    ),
  }
}

describe('the balance objective (§6.5) on the worked example of §6.8', () => {
  const original = scenarioPlan('s24', DAILY_6_TO_21)

  it('scores the original at J 155 with two critical findings', () => {
    expect(proposalScore(original, original)).toEqual({ critical: 2, j: 155 })
  })

  it("scores §6.8's 3-move proposal at J 84 with no findings", () => {
    const proposal = moved(original, {
      tue_bp: [2, '07:00'],
      mon_hiit: [2, '18:00'],
      tue_hiit: [4, '18:00'],
    })
    expect(analyzePlan(proposal).findings).toEqual([])
    expect(proposalScore(original, proposal)).toEqual({ critical: 0, j: 84 })
  })

  it("scores §6.8's 2-move variant at J ≈ 163 (it keeps INT-06 warn)", () => {
    const variant = moved(original, { tue_bp: [2, '07:00'], tue_hiit: [4, '18:00'] })
    expect(analyzePlan(variant).findings.map((f) => `${f.rule} ${f.severity}`)).toEqual([
      'INT-06 warn',
    ])
    expect(proposalScore(original, variant).j).toBeCloseTo(162.5)
  })
})

describe('proposeBalance', () => {
  it('clears every finding of S24 in at most 3 moves, at a J no worse than §6.8', () => {
    const original = scenarioPlan('s24', DAILY_6_TO_21)
    const proposal = proposeBalance(original)
    expect(proposal.status).toBe('proposal')
    expect(proposal.after).toEqual([])
    expect(proposal.moves.length).toBeLessThanOrEqual(3)
    expect(proposal.objective.before).toBe(155)
    expect(proposal.objective.after).toBeLessThanOrEqual(84)
    expect(proposal.before.map((f) => `${f.rule} ${f.severity}`).sort()).toEqual([
      'BAL-01 warn',
      'INT-06 critical',
      'INT-06 critical',
    ])
  })

  it('gives the same proposal for the same plan', () => {
    const plan = scenarioPlan('s24')
    expect(proposeBalance(plan)).toEqual(proposeBalance(plan))
  })

  it('leaves a clean week alone', () => {
    const proposal = proposeBalance(scenarioPlan('s01'))
    expect(proposal.status).toBe('no_change')
    expect(proposal.moves).toEqual([])
  })

  it('moves a cool-down together with its lift and keeps it right after it', () => {
    const plan = week([
      lift('mon_sq', 0, '17:00'),
      run('mon_int', 0, '18:00', { durationMin: 30, runType: 'intervals' }),
      run('mon_cd', 0, '18:30', { durationMin: 8, attachedTo: 'mon_int' }),
      lift('tue_dl', 1, '17:00'),
    ])
    const proposal = proposeBalance(plan)
    const after = new Map(
      proposal.plan.format === 'blockwise-week@1'
        ? proposal.plan.sessions.map((s) => [s.id, s])
        : [],
    )
    const hiit = after.get('mon_int')!
    const cd = after.get('mon_cd')!
    expect(proposal.moves.map((m) => m.sessionId)).toContain('mon_int')
    expect(cd.day).toBe(hiit.day)
    expect(cd.start).toBe(`${String(Number(hiit.start.slice(0, 2))).padStart(2, '0')}:30`)
  })

  it('never moves a locked session; when only that would help it says so and suggests content changes', () => {
    const plan = week([
      lift('mon_sq', 0, '17:00', { locked: true }),
      run('mon_int', 0, '18:15', { durationMin: 30, runType: 'intervals', locked: true }),
    ])
    const proposal = proposeBalance(plan)
    expect(proposal.moves).toEqual([])
    expect(proposal.status).toBe('infeasible')
    expect(proposal.suggestions[0]).toMatchObject({
      rank: 1,
      rule: 'INT-03',
      sessions: ['mon_int'],
    })
    expect(proposal.suggestions.map((s) => s.text)).toContain(
      'Swap the run for cycling, the elliptical or swimming.',
    )
  })

  describe('the week a coach could not accept (issue: engine v1.1)', () => {
    // Before v1.1 the balancer moved Tuesday's intervals beside Thursday's 06:30 tempo run and
    // Friday's full-body lift to the evening of Monday's heavy legs, and reported no findings.
    const everyDay = Array.from({ length: 7 }, () => [{ start: '06:00', end: '21:00' }])
    const sessions = [
      lift('mon_lower', 0, '07:00'),
      run('tue_intervals', 1, '07:00', { runType: 'intervals', durationMin: 45 }),
      run('thu_tempo', 3, '06:30', { runType: 'tempo', durationMin: 50 }),
      lift('fri_full', 4, '17:30', { region: 'full', topSetReps: 8, durationMin: 45 }),
      run('sat_long', 5, '08:00', { runType: 'long', durationMin: 90, priority: 'key' }),
    ]
    const client = { goal: 'hybrid', experienceRunning: 'intermediate', availability: everyDay }

    it.each([
      ['as observed', week(sessions, client)],
      [
        'with a second heavy lower session on Saturday',
        week([...sessions, lift('sat_lower', 5, '10:00')], client),
      ],
    ])('%s: balances to a week with neither stacking, and says so truthfully', (_name, plan) => {
      const proposal = proposeBalance(plan)
      expect(proposal.status).toBe('proposal')
      const after = analyzePlan(proposal.plan)
      expect(after.findings).toEqual(proposal.after)
      expect(after.findings.map((f) => f.rule)).not.toContain('INT-12')
      expect(after.findings.map((f) => f.rule)).not.toContain('INT-13')
      expect(after.findings.filter((f) => f.severity === 'critical')).toEqual([])
    })
  })
})
