import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCompactLine, parseCompactLine } from '../../../shared/exercises/compact-line'
import { ExerciseSchema, PACE_TARGETS } from '../../../shared/schemas/session.schema'

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
    // Kept to the gram, so it reads back as 135 lb.
    ['Overhead press 3x8 135 lb', { name: 'Overhead press', sets: 3, reps: 8, loadKg: 61.235 }],
    // A run's repeats: a distance or a time and the pace they are run at, never an exercise name.
    ['6x800m @5K pace', { name: '800 m repeats', sets: 6, distanceM: 800, pace: '5k' }],
    ['8x400m @RPE9', { name: '400 m repeats', sets: 8, distanceM: 400, rpe: 9 }],
    ['5x1km @threshold', { name: '1000 m repeats', sets: 5, distanceM: 1000, pace: 'threshold' }],
    ['4x3min @10 km pace', { name: '3min repeats', sets: 4, durationSec: 180, pace: '10k' }],
    [
      'Tempo 3x10min @HM pace rest 2:00',
      { name: 'Tempo', sets: 3, durationSec: 600, pace: 'half', restSec: 120 },
    ],
    ['Strides 6x100m @mile pace', { name: 'Strides', sets: 6, distanceM: 100, pace: 'mile' }],
    ['Hip thrust', { name: 'Hip thrust' }],
    // Full-width digits and signs, as an East Asian keyboard types them; a decimal comma.
    ['Back squat ５x５ ＠80％', { name: 'Back squat', sets: 5, reps: 5, pct1rm: 80 }],
    ['Bench 3x8 77,5kg', { name: 'Bench', sets: 3, reps: 8, loadKg: 77.5 }],
  ])('%s', (text, line) => {
    expect(parseCompactLine(text)).toEqual({ ok: true, line })
  })

  it.each([
    ['', 'Type an exercise'],
    ['5x5 @80%', 'Name the exercise'],
    // A number in a form the parser does not read is named, never half read as "9 kg".
    ['Back squat 5x5 1e9kg', '"1e9kg" is not a load'],
    ['Back squat 5x5 2,5,0kg', 'is not a load'],
    // A sign is part of the number: an assisted or negative load is not read as a heavier one.
    ['Pull-up 3x8 -20kg', '"-20kg" is not a load'],
    ['Back squat 5x5 @-5%', '"@-5%" is not a load'],
    ['RDL 3x8 @RPE7 RIR 0', 'give RPE or RIR, not both'],
    // A thousands comma is read as one: 1,250 kg is over the limit, never 1.25 kg.
    ['Back squat 5x5 1,250kg', 'Load: A load is at most 1000 kg'],
    // Within what a line may hold, said on the part typed.
    ['Back squat 5x5 5000kg', 'Load: A load is at most 1000 kg'],
    ['Back squat 60x5', 'Sets: Sets are from 1 to 50'],
    ['Back squat 5x5 @150%', '%1RM: %1RM is from 1 to 110'],
  ])('refuses %j, saying what is missing', (text, message) => {
    const read = parseCompactLine(text)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toContain(message)
  })

  it('shows a typed load in the client’s unit, and reads it back', () => {
    const bench = { name: 'Bench', sets: 3, reps: 8, loadKg: 61.235 }
    expect(formatCompactLine(bench, 'lb')).toBe('Bench 3x8 135lb')
    expect(parseCompactLine('Bench 3x8 135lb')).toEqual({ ok: true, line: bench })
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
        pace: fc.constantFrom(...PACE_TARGETS),
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
