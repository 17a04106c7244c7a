import { describe, expect, it } from 'vitest'
import { NO_HISTORY, fitnessSummary } from '../../../renderer/src/block/fitness-model'
import type { Fitness } from '../../../shared/schemas/fitness.schema'

const day = (date: string, ctl: number, atl: number, tsb: number) => ({
  date,
  load: 400,
  ctl,
  atl,
  tsb,
  acwr: null,
})

describe('the fitness chart in words (docs/engine-rules.md §4.4 "Displays")', () => {
  it('reads fitness and fatigue going into the block, and form as yesterday’s', () => {
    const fitness: Fitness = {
      planStart: 1,
      days: [
        day('2026-01-04', 48.26, 57.69, -7.1),
        day('2026-01-05', 49.1, 60.12, -9.43),
        day('2026-01-06', 49.9, 62.4, -11.02),
      ],
    }
    expect(fitnessSummary(fitness)).toBe(
      'Going into the block (2026-01-05): fitness 48.3, fatigue 57.7, form −9.4. At its end (2026-01-06): fitness 49.9, fatigue 62.4, form −12.5 for the day after.',
    )
  })

  it('starts at 0 and says so with no history', () => {
    const fitness: Fitness = {
      planStart: 0,
      days: [day('2026-01-05', 2.23, 13.08, 0), day('2026-01-06', 2.18, 11.34, -10.85)],
    }
    expect(fitnessSummary(fitness)).toBe(
      `Going into the block (2026-01-05): fitness 0.0, fatigue 0.0, form 0.0. At its end (2026-01-06): fitness 2.2, fatigue 11.3, form −9.2 for the day after. ${NO_HISTORY}`,
    )
  })
})
