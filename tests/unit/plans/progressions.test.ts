import { describe, expect, it } from 'vitest'
import { SEED_INDEX } from '../../../shared/exercises/exercise-index'
import type { LiftMax } from '../../../shared/exercises/loads'
import { deloadSession } from '../../../shared/plans/deload'
import { progressSessions } from '../../../shared/plans/progressions'
import type { ClientLoadNumbers } from '../../../shared/plans/progressions'
import { fitTemplate } from '../../../shared/plans/templates'
import type { BlockSession, WeekSettings } from '../../../shared/schemas/block.schema'
import type { Exercise } from '../../../shared/schemas/session.schema'
import type { Progression } from '../../../shared/schemas/template.schema'

const maxes: Record<string, LiftMax> = {
  'Back squat': { oneRmKg: 140 },
  'Bench press': { oneRmKg: 100 },
}
const kg: ClientLoadNumbers = {
  maxOf: (lift) => maxes[SEED_INDEX.find(lift)?.name ?? lift],
  units: { unit: 'kg', increment: 2.5 },
  library: SEED_INDEX,
}
const build = (n: number, deload: number[] = []): WeekSettings[] =>
  Array.from({ length: n }, (_, i) => ({ phase: 'build', deload: deload.includes(i) }))

/** Monday lower (squat + RDL) and Thursday upper (bench), the same lines every week. */
function weeks(n: number, squat: Exercise = { name: 'BS', sets: 5, reps: 5, pct1rm: 80 }) {
  const sessions: BlockSession[] = []
  for (let w = 0; w < n; w++) {
    sessions.push(
      {
        id: `mon${w}`,
        weekIndex: w,
        sortOrder: 0,
        day: 0,
        start: '17:00',
        durationMin: 60,
        modality: 'strength',
        exercises: [squat, { name: 'RDL', sets: 3, reps: 8, rpe: 7 }],
      } as BlockSession,
      {
        id: `thu${w}`,
        weekIndex: w,
        sortOrder: 1,
        day: 3,
        start: '17:00',
        durationMin: 60,
        modality: 'strength',
        exercises: [{ name: 'Bench press', sets: 4, reps: 8, repsMax: 10, loadKg: 70 }],
      } as BlockSession,
      {
        id: `sun${w}`,
        weekIndex: w,
        sortOrder: 2,
        day: 6,
        start: '09:00',
        durationMin: 60,
        modality: 'run',
        runType: 'long',
        distanceKm: 10,
      } as BlockSession,
    )
  }
  return sessions
}

/** What each week's line of `lift` on `day` reads after the progression: "5x5 115kg 82.1%". */
function byWeek(changed: BlockSession[], all: BlockSession[], day: number, lift: string) {
  const merged = all.map((s) => changed.find((c) => c.id === s.id) ?? s)
  return merged
    .filter((s) => s.day === day)
    .map((s) => {
      const l = s.exercises!.find((e) => e.name === lift)!
      const reps = l.repsMax ? `${l.reps}-${l.repsMax}` : `${l.reps}`
      return [`${l.sets}x${reps}`, l.loadKg && `${l.loadKg}kg`, l.pct1rm && `${l.pct1rm}%`]
        .filter(Boolean)
        .join(' ')
    })
}

describe('progressions', () => {
  const cases: {
    name: string
    p: Progression
    deload?: number[]
    day: number
    lift: string
    expected: string[]
  }[] = [
    {
      name: 'linear +2.5 kg a week on a %1RM squat: loads from the client’s 140 kg, %1RM following',
      p: {
        kind: 'linear',
        lifts: ['Back squat'],
        weeks: { from: 1, to: 3 },
        step: 2.5,
        unit: 'load',
      },
      day: 0,
      lift: 'BS',
      expected: ['5x5 80%', '5x5 115kg 82.1%', '5x5 117.5kg 83.9%', '5x5 80%'],
    },
    {
      name: 'linear +2.5 %1RM a week, weeks 2–4',
      p: { kind: 'linear', lifts: ['squat'], weeks: { from: 2, to: 4 }, step: 2.5, unit: 'pct' },
      day: 0,
      lift: 'BS',
      expected: ['5x5 80%', '5x5 80%', '5x5 82.5%', '5x5 85%'],
    },
    {
      name: 'a deload week in the range is left to deload scaling and does not count as a step',
      p: { kind: 'linear', lifts: ['Back squat'], weeks: { from: 1, to: 4 }, step: 5, unit: 'pct' },
      deload: [2],
      day: 0,
      lift: 'BS',
      expected: ['5x5 80%', '5x5 85%', '5x5 80%', '5x5 90%'],
    },
    {
      name: 'a wave 70/75/80, deload at 60',
      p: {
        kind: 'wave',
        lifts: ['BS'],
        weeks: { from: 1, to: 4 },
        pcts: [70, 75, 80],
        deloadPct: 60,
      },
      deload: [3],
      day: 0,
      lift: 'BS',
      expected: ['5x5 70%', '5x5 75%', '5x5 80%', '5x5 60%'],
    },
    {
      name: 'double progression: reps to the top of 8–10, then +2.5 kg and back to 8',
      p: { kind: 'double', lifts: ['Bench press'], weeks: { from: 1, to: 4 }, step: 2.5 },
      day: 3,
      lift: 'Bench press',
      expected: ['4x8-10 70kg', '4x9-10 70kg', '4x10-10 70kg', '4x8-10 72.5kg 72.5%'],
    },
  ]
  it.each(cases)('$name', ({ p, deload, day, lift, expected }) => {
    const all = weeks(4)
    const changed = progressSessions(all, build(4, deload), p, kg)
    expect(byWeek(changed, all, day, lift)).toEqual(expected)
    // Other lines and sessions are never touched.
    for (const s of changed) {
      const before = all.find((b) => b.id === s.id)!
      expect(s.exercises!.filter((e) => e.name !== lift)).toEqual(
        before.exercises!.filter((e) => e.name !== lift),
      )
    }
  })

  it('grows the long run by 10 % a week, compounded, minutes and distance', () => {
    const all = weeks(4)
    const changed = progressSessions(
      all,
      build(4),
      { kind: 'run_volume', runTypes: ['long'], weeks: { from: 1, to: 4 }, pctPerWeek: 10 },
      kg,
    )
    expect(changed.map((s) => [s.id, s.durationMin, s.distanceKm])).toEqual([
      ['sun1', 66, 11],
      ['sun2', 73, 12.1],
      ['sun3', 80, 13.3],
    ])
  })

  it('in lb, steps are in the client’s unit and stored in kg', () => {
    const lb: ClientLoadNumbers = { ...kg, units: { unit: 'lb', increment: 5 } }
    const all = weeks(2)
    const [mon1] = progressSessions(
      all,
      build(2),
      { kind: 'linear', lifts: ['Back squat'], weeks: { from: 1, to: 2 }, step: 5, unit: 'load' },
      lb,
    )
    // 80 % of 140 kg = 112 kg = 246.9 lb → 245 lb on 5 lb plates; +5 lb = 250 lb = 113.398 kg.
    expect(mon1!.exercises![0]!.loadKg).toBe(113.398)
  })
})

describe('deload scaling', () => {
  it('takes 40 % of the volume and 10 % of the intensity by default', () => {
    const [mon, thu, sun] = weeks(1)
    const scaling = { volumePct: 40, intensityPct: 10 }
    const units = kg.units
    expect(deloadSession(mon!, scaling, units)).toMatchObject({
      durationMin: 35,
      exercises: [
        { name: 'BS', sets: 3, reps: 5, pct1rm: 70 },
        { name: 'RDL', sets: 2, reps: 8, rpe: 6 },
      ],
    })
    expect(deloadSession(thu!, scaling, units).exercises).toEqual([
      { name: 'Bench press', sets: 2, reps: 8, repsMax: 10, loadKg: 62.5 },
    ])
    expect(deloadSession(sun!, scaling, units)).toMatchObject({ durationMin: 35, distanceKm: 6 })
  })
})

describe('a template fitted to a client', () => {
  it('writes its progressions with the client’s max, then takes the weeks chosen from week 1', () => {
    let n = 0
    const fitted = fitTemplate(
      {
        weeks: build(4),
        sessions: weeks(4),
        progressions: [
          {
            kind: 'linear',
            lifts: ['Back squat'],
            weeks: { from: 1, to: 4 },
            step: 2.5,
            unit: 'load',
          },
        ],
      },
      { from: 2, to: 3 },
      kg,
      () => `new${n++}`,
    )
    expect(fitted.weeks).toHaveLength(2)
    expect(fitted.sessions.map((s) => [s.id, s.weekIndex, s.day])).toEqual([
      ['new0', 0, 0],
      ['new1', 0, 3],
      ['new2', 0, 6],
      ['new3', 1, 0],
      ['new4', 1, 3],
      ['new5', 1, 6],
    ])
    expect(fitted.sessions[0]!.exercises![0]).toMatchObject({ loadKg: 115 })
    expect(fitted.sessions[3]!.exercises![0]).toMatchObject({ loadKg: 117.5 })
  })
})
