import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCompactLine, parseCompactLine } from '../../../shared/exercises/compact-line'
import { ExerciseSchema } from '../../../shared/schemas/session.schema'

describe('one cell takes a line in the compact form coaches write', () => {
  it.each([
    ['Back squat 5x5 @80%', { name: 'Back squat', sets: 5, reps: 5, pct1rm: 80 }],
    ['RDL 3x8 @RPE7', { name: 'RDL', sets: 3, reps: 8, rpe: 7 }],
    ['Bench 3x8-12 60kg', { name: 'Bench', sets: 3, reps: 8, repsMax: 12, loadKg: 60 }],
    ['Plank 3x45s', { name: 'Plank', sets: 3, durationSec: 45 }],
    [
      'Walking lunge 3x10/leg 20 kg',
      { name: 'Walking lunge', sets: 3, reps: 10, perSide: true, loadKg: 20 },
    ],
    ['Deadlift 4 × 4 @ 82.5 %', { name: 'Deadlift', sets: 4, reps: 4, pct1rm: 82.5 }],
    [
      'Pull-up 4x6-8 @RPE 8 rest 2:00',
      { name: 'Pull-up', sets: 4, reps: 6, repsMax: 8, rpe: 8, restSec: 120 },
    ],
    ['Front squat 3x6 @70% RIR 2', { name: 'Front squat', sets: 3, reps: 6, pct1rm: 70, rir: 2 }],
    ['Intervals 6x800m', { name: 'Intervals', sets: 6, distanceM: 800 }],
    ['Overhead press 3x8 135 lb', { name: 'Overhead press', sets: 3, reps: 8, loadKg: 61.23 }],
    ['Hip thrust', { name: 'Hip thrust' }],
  ])('%s', (text, line) => {
    expect(parseCompactLine(text)).toEqual({ ok: true, line })
  })

  it.each([
    ['', 'Type an exercise'],
    ['5x5 @80%', 'Name the exercise'],
  ])('refuses %j, saying what is missing', (text, message) => {
    const read = parseCompactLine(text)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toContain(message)
  })

  it('reads back every line exactly as it shows it', () => {
    const line = fc.record(
      {
        name: fc.constantFrom('Back squat', 'RDL', 'Pull-up', 'Plank', 'Bench press'),
        sets: fc.integer({ min: 1, max: 10 }),
        reps: fc.integer({ min: 1, max: 20 }),
        pct1rm: fc.integer({ min: 40, max: 100 }).map((n) => n + (n % 2 ? 0.5 : 0)),
        rpe: fc.integer({ min: 12, max: 20 }).map((n) => n / 2),
        loadKg: fc.integer({ min: 1, max: 400 }).map((n) => n / 2),
        restSec: fc.constantFrom(30, 45, 60, 90, 120, 150, 180),
      },
      { requiredKeys: ['name', 'sets', 'reps'] },
    )
    fc.assert(
      fc.property(line, (l) => {
        expect(ExerciseSchema.safeParse(l).success).toBe(true)
        expect(parseCompactLine(formatCompactLine(l))).toEqual({ ok: true, line: l })
      }),
      { numRuns: 300, seed: 16 },
    )
  })
})
