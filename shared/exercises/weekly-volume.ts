import type { BlockSession } from '../schemas/block.schema'
import type { StrengthRegion } from '../schemas/session.schema'
import type { ExerciseIndex } from './exercise-index'
import type { MovementPattern } from '../schemas/exercise.schema'
import type { LiftMax, LoadUnits } from './loads'
import { lineLoad } from './loads'

/** One week's strength work, as a coach counts it. */
export interface WeekVolume {
  week: number
  /** Working sets of lifts, by the region the library says each loads. */
  setsByRegion: Record<StrengthRegion, number>
  /** Working sets by movement pattern (squat, hinge, push, pull…). */
  setsByPattern: Partial<Record<MovementPattern, number>>
  /** Sets × reps × load, in kg, of the lines whose load is known. */
  tonnageKg: number
}

/** A main lift across the block: each week's heaviest load (or %1RM) and its sets. */
export interface LiftTrend {
  lift: string
  weeks: { week: number; topLoadKg: number | null; topPct: number | null; sets: number }[]
}

export interface BlockVolume {
  weeks: WeekVolume[]
  lifts: LiftTrend[]
}

/** A lift's heaviest load or %1RM in one week, and its sets. */
type WeekTop = { topLoadKg: number | null; topPct: number | null; sets: number }

const REGIONS: StrengthRegion[] = ['lower', 'upper', 'full', 'core']

/**
 * Sets per region and pattern, and tonnage, week by week; and each lift that appears in at least
 * two weeks, with its heaviest load or %1RM and its sets each week (the lifts with the most sets
 * first). Only strength lines count: runs and other cardio are load, not sets.
 */
export function blockVolume(
  sessions: readonly BlockSession[],
  weekCount: number,
  index: ExerciseIndex,
  maxOf: (lift: string) => LiftMax | undefined,
  /** The client's load step in kg, so a computed load reads as on their sheet (2.5 by default). */
  incrementKg = 2.5,
): BlockVolume {
  const kg: LoadUnits = { unit: 'kg', increment: incrementKg }
  const weeks: WeekVolume[] = Array.from({ length: weekCount }, (_, week) => ({
    week,
    setsByRegion: { lower: 0, upper: 0, full: 0, core: 0 },
    setsByPattern: {},
    tonnageKg: 0,
  }))
  const trends = new Map<string, Map<number, WeekTop>>()
  for (const session of sessions) {
    const week = weeks[session.weekIndex]
    if (!week || session.modality !== 'strength') continue
    for (const line of session.exercises ?? []) {
      const known = index.find(line.name)
      if (known && known.modality !== 'strength') continue
      const sets = line.sets ?? 1
      const region = known?.region ?? session.region
      if (region && REGIONS.includes(region)) week.setsByRegion[region] += sets
      if (known) week.setsByPattern[known.pattern] = (week.setsByPattern[known.pattern] ?? 0) + sets
      const name = known?.name ?? line.name
      const load = lineLoad(line, maxOf(name), kg)
      if (load && line.reps !== undefined)
        week.tonnageKg += sets * line.reps * (line.perSide ? 2 : 1) * load.load
      const byWeek = trends.get(name) ?? new Map<number, WeekTop>()
      trends.set(name, byWeek)
      const entry = byWeek.get(session.weekIndex) ?? { topLoadKg: null, topPct: null, sets: 0 }
      entry.sets += sets
      if (load) entry.topLoadKg = Math.max(entry.topLoadKg ?? 0, load.load)
      if (line.pct1rm !== undefined) entry.topPct = Math.max(entry.topPct ?? 0, line.pct1rm)
      byWeek.set(session.weekIndex, entry)
    }
  }
  for (const w of weeks) w.tonnageKg = Math.round(w.tonnageKg)
  const lifts = [...trends.entries()]
    .filter(([, byWeek]) => byWeek.size >= 2)
    .map(([lift, byWeek]) => ({
      lift,
      total: [...byWeek.values()].reduce((n, e) => n + e.sets, 0),
      weeks: weeks.map((w) => ({
        week: w.week,
        ...(byWeek.get(w.week) ?? { topLoadKg: null, topPct: null, sets: 0 }),
      })),
    }))
    .sort((a, b) => b.total - a.total || a.lift.localeCompare(b.lift))
    .map(({ lift, weeks: ws }) => ({ lift, weeks: ws }))
  return { weeks, lifts }
}
