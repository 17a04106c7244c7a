import { describe, expect, it } from 'vitest'
import { deriveStrengthFields } from '../../../shared/exercises/derive-session'
import { SEED_INDEX } from '../../../shared/exercises/exercise-index'
import { LIBRARY_SEED } from '../../../shared/exercises/library-seed'
import { epleyOneRm, lineLoad } from '../../../shared/exercises/loads'
import {
  bandWords,
  paceBand,
  riegelTime,
  thresholdPaceFromRace,
} from '../../../shared/exercises/run-paces'
import { parsePlan } from '../../../shared/engine/parse-plan'
import { analyzePlan } from '../../../shared/engine/analyze'
import { lineWords } from '../../../shared/handouts/exercise-words'
import { readPaceEntry } from '../../../shared/exercises/pace-entry'
import { readMaxEntry } from '../../../shared/exercises/max-entry'
import { maxInUnit } from '../../../shared/exercises/loads'
import type { Exercise } from '../../../shared/schemas/session.schema'

describe('the exercise library', () => {
  it('starts with 120+ exercises, each name and alias naming one exercise', () => {
    expect(LIBRARY_SEED.length).toBeGreaterThanOrEqual(120)
    const seen = new Map<string, string>()
    for (const e of LIBRARY_SEED) {
      for (const name of [e.name, ...e.aliases]) {
        const key = name.toLowerCase()
        expect(seen.get(key) ?? e.name, `${name} names two exercises`).toBe(e.name)
        seen.set(key, e.name)
      }
    }
  })

  it.each([
    ['BS', 'Back squat'],
    ['squat', 'Back squat'],
    ['bench', 'Bench press'],
    ['RDL', 'Romanian deadlift'],
    ['ohp', 'Overhead press'],
    ['pull up', 'Pull-up'],
    ['  Walking   lunge ', 'Walking lunge'],
  ])('%j is %s (case, spaces and hyphens ignored)', (typed, name) => {
    expect(SEED_INDEX.find(typed)?.name).toBe(name)
  })
})

const line = (name: string, extra: Partial<Exercise> = {}): Exercise => ({ name, ...extra })

describe('a strength session’s engine fields come from its lines', () => {
  it.each([
    [
      'a lower day with core work stays lower; fewest reps and highest %1RM',
      [
        line('Back squat', { sets: 5, reps: 5, pct1rm: 80 }),
        line('RDL', { sets: 3, reps: 8, pct1rm: 65 }),
        line('Plank', { sets: 3, durationSec: 45 }),
      ],
      { region: 'lower', topSetReps: 5, pct1rm: 80, toFailure: false },
    ],
    [
      'squat and bench make a full-body day',
      [line('Squat', { reps: 6 }), line('Bench', { reps: 8 })],
      { region: 'full', topSetReps: 6, toFailure: false },
    ],
    [
      'an upper day taken to failure (RIR 0)',
      [line('Pull-up', { reps: 8, rir: 0 }), line('DB row', { reps: 10 })],
      { region: 'upper', topSetReps: 8, toFailure: true },
    ],
    [
      'core only is a core day',
      [line('Plank'), line('Dead bug', { reps: 10 })],
      { region: 'core', topSetReps: 10, toFailure: false },
    ],
    [
      'an exercise the library does not know still gives reps, not a region',
      [line('Zottman curl', { reps: 12 })],
      { topSetReps: 12, toFailure: false },
    ],
  ])('%s', (_what, lines, fields) => {
    expect(deriveStrengthFields(lines, SEED_INDEX)).toEqual(fields)
  })

  it('blockwise analyze: a plan session with lines and no region is read with the derived fields; the coach’s own fields stay', () => {
    const parsed = parsePlan({
      format: 'blockwise-week@1',
      client: { goal: 'hybrid' },
      week: { phase: 'build', deload: false },
      sessions: [
        {
          id: 'a',
          day: 0,
          start: '07:00',
          durationMin: 60,
          modality: 'strength',
          exercises: [{ name: 'Back squat', sets: 5, reps: 5, pct1rm: 85 }],
        },
        {
          id: 'b',
          day: 2,
          start: '07:00',
          durationMin: 60,
          modality: 'strength',
          region: 'upper',
          topSetReps: 3,
          exercises: [{ name: 'Back squat', reps: 8 }],
        },
        {
          id: 'c',
          day: 4,
          start: '07:00',
          durationMin: 60,
          modality: 'strength',
          exercises: [{ name: 'Zottman curl', reps: 8 }],
        },
      ],
    })
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.problems).toEqual([
      'sessions[2].region: a strength session needs a region (lower, upper, full or core): none of its exercises is in the library',
    ])
    const fixed = parsePlan({
      format: 'blockwise-week@1',
      client: { goal: 'hybrid' },
      week: { phase: 'build', deload: false },
      sessions: [
        {
          id: 'a',
          day: 0,
          start: '07:00',
          durationMin: 60,
          modality: 'strength',
          exercises: [{ name: 'Back squat', sets: 5, reps: 5, pct1rm: 85 }],
        },
        {
          id: 'b',
          day: 2,
          start: '07:00',
          durationMin: 60,
          modality: 'strength',
          region: 'upper',
          topSetReps: 3,
          exercises: [{ name: 'Back squat', reps: 8 }],
        },
      ],
    })
    expect(
      fixed.ok &&
        'sessions' in fixed.plan &&
        fixed.plan.sessions.map((s) => [s.region, s.topSetReps, s.pct1rm]),
    ).toEqual([
      ['lower', 5, 85],
      ['upper', 3, undefined],
    ])
  })
})

describe('loads from the client’s maxes', () => {
  const kg = { unit: 'kg', increment: 2.5 } as const
  it.each([
    [
      '80 % of 140 kg',
      line('Back squat', { pct1rm: 80 }),
      { oneRmKg: 140 },
      kg,
      { load: 112.5, unit: 'kg', computed: true, from: '80 %' },
    ],
    [
      'rounded to the increment',
      line('Bench', { pct1rm: 77.5 }),
      { oneRmKg: 100 },
      kg,
      { load: 77.5, unit: 'kg', computed: true, from: '77.5 %' },
    ],
    [
      'of a 90 % training max',
      line('Deadlift', { pct1rm: 85 }),
      { oneRmKg: 200, trainingMaxPct: 90 },
      kg,
      { load: 152.5, unit: 'kg', computed: true, from: '85 %' },
    ],
    [
      'in pounds, to 5 lb',
      line('Back squat', { pct1rm: 80 }),
      { oneRmKg: 140 },
      { unit: 'lb', increment: 5 } as const,
      { load: 245, unit: 'lb', computed: true, from: '80 %' },
    ],
    [
      'a typed load wins',
      line('Back squat', { pct1rm: 80, loadKg: 100 }),
      { oneRmKg: 140 },
      kg,
      { load: 100, unit: 'kg', computed: false },
    ],
    // RPE 7 leaves 3 in reserve: 100 / (1 + 11/30) = 73.2 % of 120 kg is 87.8 kg, down to 87.5.
    [
      'an RPE line: the load its effort leaves in reserve, rounded down',
      line('RDL', { sets: 3, reps: 8, rpe: 7 }),
      { oneRmKg: 120 },
      kg,
      { load: 87.5, unit: 'kg', computed: true, from: 'RPE 7' },
    ],
    // 5 reps with 2 in reserve: 81.1 % of 140 kg = 113.5 kg, down to 112.5 (never heavier).
    [
      'an RIR line, of the tested max even with a training max',
      line('Back squat', { sets: 5, reps: 5, rir: 2 }),
      { oneRmKg: 140, trainingMaxPct: 90 },
      kg,
      { load: 112.5, unit: 'kg', computed: true, from: '2 reps in reserve' },
    ],
    // A range is loaded for its top: 12 reps at RPE 8 is 100 / (1 + 14/30) = 68.2 % of 100 kg.
    [
      'a rep range at an RPE, for the top of the range, in pounds',
      line('Bench', { sets: 3, reps: 8, repsMax: 12, rpe: 8 }),
      { oneRmKg: 100 },
      { unit: 'lb', increment: 5 } as const,
      { load: 150, unit: 'lb', computed: true, from: 'RPE 8' },
    ],
  ])('%s', (_what, l, max, units, expected) => {
    expect(lineLoad(l, max, units)).toEqual(expected)
  })

  it('no max and no load: nothing to show', () => {
    expect(lineLoad(line('Back squat', { pct1rm: 80 }), undefined, kg)).toBeNull()
  })

  it('Epley: 100 kg × 5 estimates 116.7 kg; a single is its own max', () => {
    expect(epleyOneRm(100, 5)).toBeCloseTo(116.67, 2)
    expect(epleyOneRm(150, 1)).toBe(150)
  })
})

describe('run paces from a race (Riegel) and Friel’s zones', () => {
  it('a 20:00 5 km predicts 41:40 for 10 km', () => {
    expect(riegelTime(5, 1200, 10)).toBeCloseTo(2501.6, 0)
  })

  it('a 45:00 10 km gives a threshold pace near 4:37 /km and zone bands around it', () => {
    const threshold = thresholdPaceFromRace(10, 2700)
    expect(threshold).toBeGreaterThan(270)
    expect(threshold).toBeLessThan(285)
    expect(bandWords(paceBand(300, 2)!)).toBe('5:42–6:27 /km')
    expect(bandWords(paceBand(300, 1)!)).toBe('slower than 6:27 /km')
  })
})

describe('a line as the client reads it', () => {
  const numbers = (maxes: { lift: string; oneRmKg: number }[]) => ({
    loads: { unit: 'kg' as const, increment: 2.5, thresholdPaceSecPerKm: 300 },
    maxes: maxes.map((m) => ({
      ...m,
      method: 'tested' as const,
      fromLoadKg: null,
      fromReps: null,
      measuredOn: '2026-11-01',
      trainingMaxPct: null,
    })),
    library: SEED_INDEX,
  })
  it.each([
    [
      'a %1RM with a max under an alias',
      line('BS', { sets: 5, reps: 5, pct1rm: 80, restSec: 180 }),
      [{ lift: 'Back squat', oneRmKg: 140 }],
      'BS: 5 × 5 · 112.5 kg (80 %) · rest 3:00',
    ],
    [
      'a %1RM without a max: the percentage, never a made-up load',
      line('Back squat', { sets: 5, reps: 5, pct1rm: 80 }),
      [],
      'Back squat: 5 × 5 · 80 % of your max',
    ],
    [
      'per leg, a typed load, reps in reserve',
      line('Walking lunge', { sets: 3, reps: 10, perSide: true, loadKg: 20, rir: 2 }),
      [],
      'Walking lunge: 3 × 10 per leg · 20 kg · 2 reps in reserve',
    ],
    ['a held time', line('Plank', { sets: 3, durationSec: 45 }), [], 'Plank: 3 × 45 s'],
  ])('%s', (_what, l, maxes, words) => {
    expect(lineWords(l, numbers(maxes))).toBe(words)
  })
})

describe('plan format v1.1: loads from client.maxes, and PRG-04 week to week', () => {
  const week = (pct: number, load?: number) => ({
    phase: 'build',
    deload: false,
    sessions: [
      {
        id: `sq${pct}`,
        day: 0,
        start: '07:00',
        durationMin: 60,
        modality: 'strength',
        exercises: [
          { name: 'BS', sets: 5, reps: 5, pct1rm: pct, ...(load ? { loadKg: load } : {}) },
        ],
      },
    ],
  })
  const block = (
    weeks: unknown[],
    client: object = { goal: 'strength', maxes: { 'Back squat': { oneRmKg: 140 } } },
  ) => parsePlan({ format: 'blockwise-block@1', client, startDate: '2026-11-02', weeks })

  it('a %1RM line with a matching max (by alias) and no load gets %1RM × max, rounded to the step', () => {
    const parsed = block([week(80), week(82.5, 100)])
    if (!parsed.ok || !('weeks' in parsed.plan)) throw new Error('should parse')
    expect(parsed.plan.weeks.map((w) => w.sessions[0]!.exercises![0]!.loadKg)).toEqual([112.5, 100])
  })

  it('a 1 kg step rounds to the kilogram; no max leaves the load out', () => {
    const stepped = block([week(77)], {
      goal: 'strength',
      loadIncrementKg: 1,
      maxes: { 'Back squat': { oneRmKg: 140 } },
    })
    expect(
      stepped.ok &&
        'weeks' in stepped.plan &&
        stepped.plan.weeks[0]!.sessions[0]!.exercises![0]!.loadKg,
    ).toBe(108)
    const none = block([week(80)], { goal: 'strength' })
    expect(
      none.ok && 'weeks' in none.plan && none.plan.weeks[0]!.sessions[0]!.exercises![0]!.loadKg,
    ).toBeUndefined()
  })

  it.each([
    [
      '80 % then 90 % of one max: a 12 % jump fires PRG-04 in week 2',
      [week(80), week(90)],
      ['PRG-04'],
    ],
    ['80 % then 85 %: a 6 % step does not', [week(80), week(85)], []],
  ])('%s', (_what, weeks, fired) => {
    const parsed = block(weeks)
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
    const analysis = analyzePlan(parsed.plan)
    expect(
      analysis.findings.filter((f) => f.rule === 'PRG-04').map((f) => [f.rule, f.week]),
    ).toEqual(fired.map((rule) => [rule, 1]))
    expect(analysis.notEvaluated.filter((n) => n.rule === 'PRG-04')).toEqual([
      expect.objectContaining({ rule: 'PRG-04' }),
    ])
  })
})

describe('what a coach types for a max, in the client’s unit unless named', () => {
  const kg = { unit: 'kg' } as const
  const lb = { unit: 'lb' } as const
  it.each([
    ['140', kg, { oneRmKg: 140 }],
    ['142,5 kg', lb, { oneRmKg: 142.5 }],
    ['315', lb, { oneRmKg: 142.882 }],
    ['315lb', kg, { oneRmKg: 142.882 }],
    ['100x5', kg, { fromSet: { loadKg: 100, reps: 5 } }],
    ['225 lb × 5', kg, { fromSet: { loadKg: 102.058, reps: 5 } }],
    ['225x5', lb, { fromSet: { loadKg: 102.058, reps: 5 } }],
  ] as const)('%s (client in %o)', (text, units, entry) => {
    expect(readMaxEntry(text, units)).toEqual(entry)
  })

  it.each(['1e3', '5e2x5', 'heavy', '140 kg lb', '100kgx5lb', '-140'])('refuses %s', (text) => {
    expect(readMaxEntry(text, kg)).toHaveProperty('error')
  })

  it('reads a max back in the client’s unit: kg to the 100 g, lb to the half pound', () => {
    expect(maxInUnit(142.9, 'lb')).toBe(315)
    expect(maxInUnit(102.1, 'lb')).toBe(225)
    expect(maxInUnit(140, 'lb')).toBe(308.5)
    expect(maxInUnit(142.882, 'kg')).toBe(142.9)
  })
})

describe('what a coach types for a client’s running', () => {
  it.each([
    ['4:40', 280, 'threshold pace 4:40 /km'],
    ['5:05 /km', 305, 'threshold pace 5:05 /km'],
    ['10k 45:00', 274, '10 km in 45:00 → threshold 4:34 /km (Riegel)'],
    ['half 1:45:00', 289, 'half in 1:45:00 → threshold 4:49 /km (Riegel)'],
    // 440 s a mile over 1.609344 km.
    ['7:20/mi', 273, 'threshold pace 7:20 /mi = 4:33 /km'],
    ['mile 6:10', 262, 'mile in 6:10 → threshold'],
  ])('%s', (text, secPerKm, how) => {
    const read = readPaceEntry(text)
    expect('secPerKm' in read && Math.abs(read.secPerKm - secPerKm)).toBeLessThanOrEqual(2)
    expect('how' in read && read.how).toContain(how)
  })

  it('refuses what is neither, saying what to type', () => {
    expect(readPaceEntry('fast')).toEqual({
      error: 'Type a threshold pace like 4:40, or a recent race like 10k 45:00',
    })
  })
})
