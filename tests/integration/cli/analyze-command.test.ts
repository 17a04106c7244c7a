import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scenarioPlanJson } from '../../support/scenarios'
import { tempDir } from '../../support/temp-files'
import { blockwise } from '../../support/blockwise-cli'

function planFile(
  scenario: string,
  edit: (plan: Record<string, unknown>) => void = () => {},
): string {
  const plan = scenarioPlanJson(scenario)
  edit(plan)
  const file = path.join(tempDir(), 'plan.json')
  writeFileSync(file, JSON.stringify(plan))
  return file
}

describe('blockwise analyze', () => {
  it('exits 0 on a clean plan and 1 when a finding at warn or above fires', () => {
    expect(blockwise('analyze', planFile('s01')).status).toBe(0)
    const run = blockwise('analyze', planFile('s02'))
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('WARNING INT-04')
    expect(run.stdout).toContain('Fix: ')
  })

  it('prints the analysis shape of docs/plan-format.md with --format json', () => {
    const run = blockwise('analyze', planFile('s24'), '--format', 'json')
    const analysis = JSON.parse(run.stdout) as {
      findings: { rule: string }[]
      notEvaluated: unknown[]
      days: unknown[]
      weeks: unknown[]
    }
    expect(analysis.findings.map((f) => f.rule).sort()).toEqual(['BAL-01', 'INT-06', 'INT-06'])
    expect(analysis.days).toHaveLength(7)
    expect(analysis.weeks).toHaveLength(1)
    expect(analysis.notEvaluated.length).toBeGreaterThan(0)
  })

  it('exits 2 on a malformed plan, naming the file, the JSON path and the problem', () => {
    const file = planFile('s02', (plan) => {
      ;(plan.sessions as Record<string, unknown>[])[3]!.start = '7am'
    })
    const run = blockwise('analyze', file)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim()).toBe('plan.json: sessions[3].start: expected HH:MM, got "7am"')
  })

  it.each([
    ['not JSON', '{"format": ', 'plan.json: not valid JSON'],
    [
      'an unknown format',
      '{"format": "blockwise-month@1"}',
      'plan.json: format: expected "blockwise-week@1" or "blockwise-block@1"',
    ],
    [
      'an unknown field',
      JSON.stringify({
        format: 'blockwise-week@1',
        client: { goal: 'strength' },
        week: { phase: 'build' },
        sessions: [],
        colour: 1,
      }),
      'Unrecognized key: "colour"',
    ],
  ])('exits 2 on %s', (_what, text, message) => {
    const file = path.join(tempDir(), 'plan.json')
    writeFileSync(file, text)
    const run = blockwise('analyze', file)
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
  })

  it('exits 2 for a missing file or bad arguments', () => {
    expect(blockwise('analyze', '/nonexistent/plan.json').stderr).toContain('no such file')
    expect(blockwise('analyze').status).toBe(2)
    expect(blockwise('analyze', planFile('s01'), '--format', 'xml').status).toBe(2)
  })
})

describe('blockwise balance', () => {
  it('prints the proposal and leaves the file untouched', () => {
    const file = planFile('s24')
    const before = readFileSync(file, 'utf8')
    const run = blockwise('balance', file)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Proposed re-arrangement')
    expect(run.stdout).toMatch(/mon_hiit: Monday 06:30 → \w+day \d\d:\d\d/)
    expect(run.stdout).toContain('After:  No findings')
    expect(readFileSync(file, 'utf8')).toBe(before)
  })

  it('returns moves and findings before and after as JSON', () => {
    const run = blockwise('balance', planFile('s24'), '--format', 'json')
    const proposal = JSON.parse(run.stdout) as {
      status: string
      moves: unknown[]
      before: unknown[]
      after: unknown[]
    }
    expect(proposal.status).toBe('proposal')
    expect(proposal.before).toHaveLength(3)
    expect(proposal.after).toEqual([])
    expect(proposal.moves.length).toBeGreaterThan(0)
  })

  it('never moves intervals beside a long run (engine v1.2: INT-12 counts a long run)', () => {
    // S33's Saturday long run, with the intervals straight after Monday's squats (INT-03). Until
    // v1.2 the proposal put the intervals on Saturday at 18:20 and said "After: no findings".
    const file = planFile('s33', (plan) => {
      plan.sessions = [
        {
          id: 'mon_squat',
          day: 0,
          start: '17:00',
          durationMin: 70,
          modality: 'strength',
          region: 'lower',
          topSetReps: 5,
          pct1rm: 80,
        },
        {
          id: 'mon_intervals',
          day: 0,
          start: '18:20',
          durationMin: 35,
          modality: 'run',
          runType: 'intervals',
        },
        {
          id: 'tue_easy',
          day: 1,
          start: '07:00',
          durationMin: 40,
          modality: 'run',
          runType: 'easy',
        },
        {
          id: 'wed_upper',
          day: 2,
          start: '18:00',
          durationMin: 60,
          modality: 'strength',
          region: 'upper',
          topSetReps: 8,
        },
        {
          id: 'thu_tempo',
          day: 3,
          start: '07:00',
          durationMin: 45,
          modality: 'run',
          runType: 'tempo',
        },
        { id: 'fri_mobility', day: 4, start: '07:30', durationMin: 25, modality: 'mobility' },
        {
          id: 'sat_long',
          day: 5,
          start: '08:00',
          durationMin: 85,
          modality: 'run',
          runType: 'long',
        },
      ]
    })
    const proposal = JSON.parse(blockwise('balance', file, '--format', 'json').stdout) as {
      moves: { sessionId: string; to: { day: number } }[]
      after: { rule: string }[]
    }
    expect(proposal.moves.length).toBeGreaterThan(0)
    const intervals = proposal.moves.find((m) => m.sessionId === 'mon_intervals')
    expect(intervals?.to.day).not.toBe(5)
    expect(proposal.after.map((f) => f.rule)).not.toContain('INT-12')
  })
})
