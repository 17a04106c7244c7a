import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCoachSheet, recogniseColumns } from '../../../shared/imports/coach-sheet'

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name), 'utf8')

describe('a second coach’s sheet: other headers, workout names, runs by their kind', () => {
  const reading = readCoachSheet(fixture('coach-sheet-second.csv'))
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems))
  const on = (day: number) => reading.sessions.find((s) => s.day === day)!

  it('keeps each workout’s name, and reads "Legs heavy" and "Push" as lifts', () => {
    expect(on(0)).toMatchObject({ title: 'Legs heavy', modality: 'strength', region: 'lower' })
    expect(on(2)).toMatchObject({ title: 'Push', modality: 'strength', region: 'upper' })
    expect(on(0).exercises![1]).toEqual({
      name: 'Romanian deadlift',
      sets: 3,
      reps: 8,
      rpe: 7,
      restSec: 120,
    })
  })

  it('"Run - intervals" is intervals, with the RPE of its only line as the session’s', () => {
    expect(on(1)).toMatchObject({
      title: 'Run - intervals',
      modality: 'run',
      runType: 'intervals',
      rpe: 9,
      exercises: [
        { name: '8 x 400 m', sets: 8, distanceM: 400, rpe: 9, restSec: 90, notes: 'jog between' },
      ],
    })
  })

  it('"Run - long" is a long run that keeps its RPE 5; "Run - tempo" its half-marathon pace', () => {
    expect(on(5)).toMatchObject({ title: 'Run - long', runType: 'long', durationMin: 90, rpe: 5 })
    expect(on(3)).toMatchObject({ runType: 'easy', zone: 2, durationMin: 40 })
    expect(on(4)).toMatchObject({
      runType: 'tempo',
      exercises: [{ name: '3 x 10 min', sets: 3, durationSec: 600, pace: 'half', restSec: 120 }],
    })
  })
})

describe('a coach’s spreadsheet, one exercise per row', () => {
  it('imports the fixture exactly: 28 rows, 2 weeks, 16 sessions, lines under their session', () => {
    const reading = readCoachSheet(fixture('coach-sheet.csv'))
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems))
    expect(reading.weeks).toBe(2)
    expect(reading.sessions).toHaveLength(16)
    expect(reading.sessions.reduce((n, s) => n + (s.exercises?.length ?? 0), 0)).toBe(20)
    expect(reading.sessions[0]).toEqual({
      id: 'w1-mon-0700',
      week: 1,
      day: 0,
      start: '07:00',
      durationMin: 45,
      modality: 'strength',
      region: 'lower',
      title: 'Lower strength',
      exercises: [
        {
          name: 'Back squat',
          sets: 5,
          reps: 5,
          pct1rm: 80,
          restSec: 180,
          notes: 'Belt from set 3',
        },
        { name: 'Romanian deadlift', sets: 3, reps: 8, rpe: 7, restSec: 120 },
        {
          name: 'Walking lunge',
          sets: 3,
          reps: 10,
          perSide: true,
          loadKg: 20,
          restSec: 90,
          notes: 'Dumbbells',
        },
      ],
    })
    // A run's row is the run itself: its minutes, zone and notes.
    expect(reading.sessions[1]).toEqual({
      id: 'w1-mon-1830',
      week: 1,
      day: 0,
      start: '18:30',
      durationMin: 40,
      modality: 'run',
      runType: 'easy',
      zone: 2,
      title: 'Easy run',
      notes: 'Conversational pace',
    })
    expect(reading.sessions[2]).toMatchObject({
      modality: 'run',
      runType: 'intervals',
      zone: 4,
      notes: 'Warm up 15 min',
      exercises: [
        { name: '6 x 800 m', sets: 6, distanceM: 800, restSec: 120, notes: 'jog between' },
      ],
    })
    expect(reading.sessions[5]!.exercises!.at(-1)).toEqual({
      name: 'Plank',
      sets: 3,
      durationSec: 45,
      restSec: 60,
    })
    const week = [
      '1M strength',
      '1M run',
      '1T run',
      '1W strength',
      '1R run',
      '1F strength',
      '1S run',
      '1U mobility',
    ]
    expect(reading.sessions.map((s) => `${s.week}${'MTWRFSU'[s.day]} ${s.modality}`)).toEqual([
      ...week,
      ...week.map((w) => w.replace('1', '2')),
    ])
  })

  it('a held-out sheet with other header names, aliases and a tab delimiter imports the same way', () => {
    const original = readCoachSheet(fixture('coach-sheet.csv'))
    const heldOut = readCoachSheet(fixture('coach-sheet-held-out.tsv'))
    if (!original.ok || !heldOut.ok) throw new Error('both sheets should read')
    expect(heldOut.sessions).toEqual(original.sessions.filter((s) => s.week === 1))
  })

  it('recognises columns by their common names', () => {
    expect(
      recogniseColumns([
        'Wk',
        'Weekday',
        'Start',
        'Workout',
        'Exercise name',
        'Sets',
        'Reps',
        '%',
        'RPE',
        'Rest',
        'Comments',
      ]),
    ).toEqual({
      week: 0,
      day: 1,
      time: 2,
      session: 3,
      exercise: 4,
      sets: 5,
      reps: 6,
      intensity: 7,
      rpe: 8,
      rest: 9,
      notes: 10,
    })
  })

  it('names every bad cell and takes nothing', () => {
    const reading = readCoachSheet(
      [
        'Week,Day,Time,Session,Exercise,Sets,Reps,Intensity,Rest',
        '1,Mon,07:00,Lower strength,Back squat,five,5,80%,3:00',
        '1,Mon,,,RDL,3,ten,heavy,2:00',
        '1,Funday,25:00,Lower strength,Back squat,5,5,80%,soon',
      ].join('\n'),
    )
    expect(reading.ok).toBe(false)
    expect(!reading.ok && reading.problems.map((p) => [p.row, p.column, p.text])).toEqual([
      [2, 'Sets', 'five'],
      [3, 'Reps', 'ten'],
      [3, 'Intensity', 'heavy'],
      [4, 'Day', 'Funday'],
      [4, 'Time', '25:00'],
      [4, 'Rest', 'soon'],
    ])
  })

  it('a whole line typed in the Exercise cell is read as one: its sets, reps, load and pace', () => {
    const reading = readCoachSheet(
      [
        'Week,Day,Time,Session,Exercise,Sets,Reps,Intensity,Rest,Notes',
        '1,Mon,07:00,Lower,Back squat 5x5 @80%,,,,,',
        '1,Tue,06:30,Run - intervals,6x800m @5K pace,,,,,',
        '1,Wed,07:00,Core,Side plank 21s,,,,,',
      ].join('\n'),
    )
    expect(reading.ok && reading.sessions.map((s) => s.exercises)).toEqual([
      [{ name: 'Back squat', sets: 5, reps: 5, pct1rm: 80 }],
      [{ name: '800 m repeats', sets: 6, distanceM: 800, pace: '5k' }],
      [{ name: 'Side plank 21s' }],
    ])
  })

  it('a line in the Exercise cell that cannot be read is named on its cell, never kept as a name', () => {
    const reading = readCoachSheet(
      'Week,Day,Time,Session,Exercise\n1,Mon,07:00,Lower,Back squat 5x5 1e9kg\n',
    )
    expect(!reading.ok && reading.problems.map((p) => [p.row, p.column, p.text])).toEqual([
      [2, 'Exercise', 'Back squat 5x5 1e9kg'],
    ])
  })

  it('says which column is missing when the header has no exercise column', () => {
    const reading = readCoachSheet('Week,Day,Workout\n1,Mon,Easy run\n')
    expect(!reading.ok && reading.problems[0]!.message).toContain('No column for exercise')
  })
})
