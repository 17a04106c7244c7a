import { describe, expect, it } from 'vitest'
import {
  NO_HISTORY,
  acwrPlotSummary,
  fitnessSummary,
} from '../../../renderer/src/block/fitness-model'
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

describe('the daily ACWR plot in words', () => {
  const days = (ratios: (number | null)[]) =>
    ratios.map((acwr, i) => ({
      ...day(`2026-02-${String(i + 1).padStart(2, '0')}`, 0, 0, 0),
      acwr,
    }))

  it('has no line, and quotes no ratio, for a new client whose block reaches its 28th day only on its last', () => {
    const fourWeeks = days([...Array<null>(27).fill(null), 0.02])
    expect(acwrPlotSummary({ days: fourWeeks })).toBeNull()
    expect(acwrPlotSummary({ days: days(Array<null>(28).fill(null)) })).toBeNull()
  })

  it('names the first and last day that have a ratio, with their dates', () => {
    expect(acwrPlotSummary({ days: days([null, 0.91, 1.234, 1.1]) })).toBe(
      'ACWR day by day, with the 0.8–1.3 band: 0.91 on 2026-02-02 (its first day), 1.10 on 2026-02-04',
    )
  })
})
