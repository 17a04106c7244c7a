import { describe, expect, it } from 'vitest'
import { analyzePlan } from '../../../shared/engine/analyze'
import { heavyBaseLoad } from '../../../shared/engine/session-facts'
import { repMaxSeverity, repsPossibleWords } from '../../../shared/engine/rules/rep-max.rules'
import { ExerciseIndex } from '../../../shared/exercises/exercise-index'
import { LIBRARY_SEED } from '../../../shared/exercises/library-seed'
import { findingSubject } from '../../../shared/schemas/analysis.schema'
import type { WeekPlan } from '../../../shared/schemas/plan.schema'
import { lift, week } from './plan-builders'

/** docs/engine-rules.md v1.2: HEAVY_BASE by proximity to failure (§2.5) and PRG-05 (§5.3). */

describe('HEAVY_BASE at its boundaries (§2.5: ≥ 85 %, or ≤ 6 reps at most 4 short of failure)', () => {
  it.each([
    [6, 75, true, 'exactly 4 reps in reserve'],
    [6, 74, false, '4.5 in reserve'],
    [5, 77, true, '3.96 in reserve'],
    [5, 76, false, '4.47 in reserve'],
    [3, 81, false, '4.04 in reserve: 3 reps are heavy from 81.1 %'],
    [3, 81.1, true, '3.99 in reserve'],
    [2, 60, false, 'dynamic effort, 18 in reserve'],
    [5, 70, false, 'a deloaded 3 × 5, 7.9 in reserve'],
    [8, 85, true, '≥ 85 % is heavy whatever the reps'],
    [12, 90, true, 'even past the rep max'],
    [5, undefined, true, 'low reps with no %1RM stay heavy'],
    [7, undefined, false, '7 reps are not low'],
    [undefined, 84, false, 'no reps, under 85 %'],
  ] as const)('%s reps at %s of 1RM: heavy %s (%s)', (reps, pct, heavy, _why) =>
    expect(heavyBaseLoad(reps, pct)).toBe(heavy),
  )

  it('a dynamic-effort box squat makes no HIGH day; 5 @ 77 % does', () => {
    const day = (topSetReps: number, pct1rm: number) =>
      analyzePlan(week([lift('sq', 0, '07:00', { topSetReps, pct1rm })])).days[0]!
    expect(day(2, 60)).toMatchObject({ stress: 1, class: 'low' })
    expect(day(5, 77)).toMatchObject({ stress: 4, class: 'high' })
    expect(day(5, 70)).toMatchObject({ stress: 3 })
  })
})

describe('PRG-05 thresholds (§5.3: excess = reps − RM(p))', () => {
  it.each([
    [10, 75, null, 'at the rep max (RM 10)'],
    [8, 80, null, 'excess exactly 0.5 is within the formula’s error'],
    [9, 80, 'warn', 'excess 1.5'],
    [12, 75, 'warn', 'excess exactly 2'],
    [13, 75, 'critical', 'excess 3'],
    [10, 80, 'critical', 'excess 2.5'],
    [5, 90, 'warn', 'S37’s back squat: excess 1.67'],
    [1, 100, 'warn', 'a single at 100 %: Epley puts a single at 96.8 % (§9)'],
    [1, 96, null, 'a single at 96 %'],
    [1, 100.5, 'critical', 'past 100 %, any reps'],
  ] as const)('%s reps at %s of 1RM: %s (%s)', (reps, pct, severity, _why) =>
    expect(repMaxSeverity(reps, pct)).toBe(severity),
  )

  const squatWeek = (line: Record<string, unknown>, client: Record<string, unknown> = {}) =>
    week(
      [lift('sq', 0, '07:00', { exercises: [{ name: 'Back squat', sets: 3, ...line }] })],
      client,
    )
  const prg05 = (plan: WeekPlan) => analyzePlan(plan).findings.filter((f) => f.rule === 'PRG-05')

  it('reads a %1RM line against a training max: 95 % of a 90 % max is 85.5 % of 1RM', () => {
    const tm = { maxes: { 'Back squat': { oneRmKg: 140, trainingMaxPct: 90 } } }
    expect(prg05(squatWeek({ reps: 5, pct1rm: 95 }, tm))).toEqual([])
    expect(prg05(squatWeek({ reps: 5, pct1rm: 95 })).map((f) => f.severity)).toEqual(['critical'])
    const [finding] = prg05(squatWeek({ reps: 8, pct1rm: 95 }, tm))
    expect(finding?.message).toBe(
      'Back squat 3 × 8 at 95 % of a 90 % training max (85.5 % of 1RM): about 5 reps are possible at that load, so 8 will be missed or ground out.',
    )
    expect(finding?.fix).toBe(
      'Lower Back squat to about 75 % of 1RM (83 % of the training max, 105 kg), which leaves two reps in reserve, or cut the reps to 5 or fewer.',
    )
  })

  it('reads a typed load against the client’s max, found by alias', () => {
    const maxes = { maxes: { 'Back squat': { oneRmKg: 180 } } }
    const plan = week(
      [lift('sq', 0, '07:00', { exercises: [{ name: 'BS', sets: 3, reps: 5, loadKg: 170 }] })],
      maxes,
    )
    const [finding] = prg05(plan)
    expect(finding).toMatchObject({ severity: 'critical', sessions: ['sq'], line: 0 })
    expect(finding?.message).toBe(
      'BS 3 × 5 at 170 kg, 94.4 % of the 180 kg max: about 2 reps are possible at that load, so 5 will be missed or ground out.',
    )
    expect(finding?.metrics).toEqual({ reps: 5, repsPossible: 1.8, pct1rm: 94.4 })
  })

  it('writes loads in the client’s unit, rounded down to their plates', () => {
    const lb = { units: 'lb', loadIncrementKg: 2.268, maxes: { 'Back squat': { oneRmKg: 180 } } }
    const [finding] = prg05(squatWeek({ reps: 5, loadKg: 170 }, lb))
    expect(finding?.message).toContain('at 374.8 lb, 94.4 % of the 396.8 lb max')
    expect(finding?.fix).toContain('(320 lb)')
  })

  it('near a max says "at most a single", and offers a single while it stays within the error', () => {
    const [finding] = prg05(squatWeek({ sets: 5, reps: 5, pct1rm: 97.4 }))
    expect(finding?.severity).toBe('critical')
    expect(finding?.message).toBe(
      'Back squat 5 × 5 at 97.4 % of 1RM: at most a single is possible at that load, so 5 will be missed or ground out.',
    )
    expect(finding?.message).not.toContain('not one full rep')
    expect(finding?.fix).toMatch(/, or make it a single\.$/)
    // At 99 % a single is itself a warning (§9), so it is not offered.
    expect(prg05(squatWeek({ sets: 3, reps: 3, pct1rm: 99 }))[0]?.fix).not.toContain('single')
  })

  it.each([
    [0.8, 'at most a single'],
    [1.1, 'about 1 rep'],
    [1.6, '1–2 reps'],
    [3.5, '3–4 reps'],
    [4.2, 'about 4 reps'],
    [5.3, '5–6 reps'],
  ])('%s reps possible read "%s"', (possible, words) =>
    expect(repsPossibleWords(possible)).toBe(words),
  )

  it('a single past 100 % is critical and asks for a new max, not fewer reps', () => {
    const [finding] = prg05(squatWeek({ sets: 1, reps: 1, pct1rm: 105 }))
    expect(finding?.severity).toBe('critical')
    expect(finding?.message).toBe(
      'Back squat 1 × 1 at 105 % of 1RM: that is more than the client’s 1RM, so no rep is possible.',
    )
    expect(finding?.fix).toBe(
      'Lower Back squat to about 90 % of 1RM, which leaves two reps in reserve. If the client has got stronger, test the max again and record it first.',
    )
  })

  it('gives two lines of one session a finding each, with subjects of their own', () => {
    const plan = week([
      lift('sq', 0, '07:00', {
        exercises: [
          { name: 'Back squat', sets: 3, reps: 5, pct1rm: 80 },
          { name: 'Back squat', sets: 2, reps: 5, pct1rm: 88 },
          { name: 'Back squat', sets: 1, reps: 8, pct1rm: 90 },
        ],
      }),
    ])
    const findings = prg05(plan)
    // Worst first, as every list of findings reads (analyze.ts).
    expect(findings.map((f) => [f.line, f.severity])).toEqual([
      [2, 'critical'],
      [1, 'warn'],
    ])
    expect(new Set(findings.map(findingSubject)).size).toBe(2)
  })

  it('skips held and distance sets, and loads with no max; NOT_EVALUATED with nothing to judge', () => {
    const plan = week([
      lift('sq', 0, '07:00', {
        exercises: [
          { name: 'Plank', sets: 3, durationSec: 45 },
          { name: 'Back squat', sets: 3, reps: 12, loadKg: 200 },
        ],
      }),
    ])
    const analysis = analyzePlan(plan)
    expect(analysis.findings.filter((f) => f.rule === 'PRG-05')).toEqual([])
    expect(analysis.notEvaluated.find((n) => n.rule === 'PRG-05')?.reason).toMatch(
      /reps and a %1RM/,
    )
  })

  it('matches a coach’s own alias when the app gives its library', () => {
    const library = new ExerciseIndex(
      LIBRARY_SEED.map((e) =>
        e.name === 'Back squat' ? { ...e, aliases: [...e.aliases, 'Comp squat'] } : e,
      ),
    )
    const plan = week(
      [
        lift('sq', 0, '07:00', {
          exercises: [{ name: 'Comp squat', sets: 3, reps: 5, loadKg: 170 }],
        }),
      ],
      { maxes: { 'Back squat': { oneRmKg: 180 } } },
    )
    expect(prg05WithLibrary(plan, library)).toEqual(['critical'])
    expect(analyzePlan(plan).notEvaluated.map((n) => n.rule)).toContain('PRG-05')
  })

  it('never prints undefined, NaN or a long float, over a sweep of lines', () => {
    for (const reps of [1, 3, 5, 8, 12, 20]) {
      for (const pct1rm of [70, 77.5, 83, 91.3, 99, 104]) {
        for (const f of prg05(
          squatWeek(
            { reps, pct1rm },
            { maxes: { 'Back squat': { oneRmKg: 143.7, trainingMaxPct: 92.5 } } },
          ),
        )) {
          const text = `${f.message} ${f.fix}`
          expect(text).not.toMatch(/undefined|NaN|Infinity|\d\.\d{2,}/)
          expect(text).toContain('Back squat')
          expect(f.message).toContain(`× ${reps} at`)
        }
      }
    }
  })
})

const prg05WithLibrary = (plan: WeekPlan, library: ExerciseIndex) =>
  analyzePlan(plan, { library })
    .findings.filter((f) => f.rule === 'PRG-05')
    .map((f) => f.severity)
