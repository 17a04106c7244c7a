import { describe, expect, it } from 'vitest'
import { SEED_INDEX } from '../../../shared/exercises/exercise-index'
import { blockVolume } from '../../../shared/exercises/weekly-volume'
import type { BlockSession } from '../../../shared/schemas/block.schema'
import type { Exercise } from '../../../shared/schemas/session.schema'

const session = (
  weekIndex: number,
  exercises: Exercise[],
  extra: Partial<BlockSession> = {},
): BlockSession => ({
  id: `s${weekIndex}${exercises[0]?.name ?? ''}`,
  weekIndex,
  day: 0,
  start: '07:00',
  durationMin: 60,
  modality: 'strength',
  region: 'lower',
  toFailure: false,
  terrain: 'flat',
  priority: 'normal',
  locked: false,
  attachedTo: null,
  tag: null,
  status: 'planned',
  sortOrder: 0,
  exercises,
  ...extra,
})

describe('what the lifting adds up to, week by week', () => {
  const sessions = [
    session(0, [
      { name: 'BS', sets: 5, reps: 5, pct1rm: 80 },
      { name: 'RDL', sets: 3, reps: 8, loadKg: 100 },
      { name: 'Walking lunge', sets: 3, reps: 10, perSide: true, loadKg: 20 },
      { name: 'Plank', sets: 3, durationSec: 45 },
    ]),
    session(0, [{ name: 'Bench', sets: 4, reps: 6, pct1rm: 75 }], { region: 'upper', day: 2 }),
    session(1, [{ name: 'Back squat', sets: 5, reps: 5, pct1rm: 85 }]),
    session(1, [{ name: 'Easy run', durationSec: 2400 }], { modality: 'run', region: undefined }),
  ]
  const maxOf = (lift: string) => (lift === 'Back squat' ? { oneRmKg: 140 } : undefined)
  const volume = blockVolume(sessions, 2, SEED_INDEX, maxOf, 0.5)

  it('counts working sets by region and pattern; runs are not sets', () => {
    expect(volume.weeks[0]!.setsByRegion).toEqual({ lower: 11, upper: 4, full: 0, core: 3 })
    expect(volume.weeks[0]!.setsByPattern).toEqual({
      squat: 5,
      hinge: 3,
      lunge: 3,
      core: 3,
      push: 4,
    })
    expect(volume.weeks[1]!.setsByRegion).toEqual({ lower: 5, upper: 0, full: 0, core: 0 })
  })

  it('adds up tonnage from typed loads and loads from maxes (per leg counted twice)', () => {
    // 5×5×112 (80 % of 140, to 0.5 kg) + 3×8×100 + 3×10×2×20; bench has no max.
    expect(volume.weeks[0]!.tonnageKg).toBe(5 * 5 * 112 + 3 * 8 * 100 + 3 * 10 * 2 * 20)
  })

  it('follows a lift across the weeks it appears in, by its library name', () => {
    expect(volume.lifts).toEqual([
      {
        lift: 'Back squat',
        weeks: [
          { week: 0, topLoadKg: 112, topPct: 80, sets: 5 },
          { week: 1, topLoadKg: 119, topPct: 85, sets: 5 },
        ],
      },
    ])
  })
})
