import type { Finding } from '../finding'
import type { PlanContext } from '../plan-context'
import type { MoveGroup, Placement } from './groups'

/** §6.5 weights (engine defaults, [D]). */
export const WEIGHTS = {
  warn: 100,
  info: 10,
  keyAfterHigh: 30,
  sameDayConcurrent: 15,
  highSpread: 5,
  dayMoved: 5,
  hourShifted: 1,
  orderSwap: 20,
} as const

export interface Score {
  /** Placement-dependent critical findings: hard constraints, compared first. */
  critical: number
  /** J of §6.5 (lower is better). */
  j: number
}

export function better(a: Score, b: Score): boolean {
  return a.critical < b.critical || (a.critical === b.critical && a.j < b.j - 1e-9)
}

/** The part of J that describes the arrangement itself (findings, spread, same-day pairs). */
export function arrangementCost(
  ctx: PlanContext,
  findings: readonly Finding[],
  weeks: readonly number[],
): Score {
  const inScope = new Set(weeks)
  let critical = 0
  let j = 0
  for (const f of findings) {
    if (!inScope.has(f.week)) continue
    if (f.severity === 'critical') critical++
    else j += f.severity === 'warn' ? WEIGHTS.warn : WEIGHTS.info
  }
  const general = ctx.client.goal === 'general_fitness' || ctx.client.goal === 'fat_loss'
  for (const w of weeks) {
    const high: number[] = []
    for (let d = 0; d < 7; d++) {
      const abs = w * 7 + d
      const day = ctx.days[abs] ?? []
      if ((ctx.ds[abs] ?? 0) >= 3) high.push(d)
      if ((ctx.ds[abs - 1] ?? 0) >= 3) {
        j += WEIGHTS.keyAfterHigh * day.filter((f) => f.s.priority === 'key' || f.keyRun).length
      }
      if (!general) {
        const lifts = day.filter((f) => f.s.modality === 'strength').length
        const cardio = day.filter((f) => f.cardio && f.s.modality !== 'walk').length
        j += WEIGHTS.sameDayConcurrent * lifts * cardio
      }
    }
    if (high.length >= 2) {
      const gaps = high.slice(1).map((d, i) => d - high[i]!)
      j -= WEIGHTS.highSpread * Math.min(...gaps)
    }
  }
  return { critical, j }
}

/** Displacement from the coach's plan (§6.5): days moved, hours shifted, same-day order swaps. */
export function displacementCost(
  groups: readonly MoveGroup[],
  placement: ReadonlyMap<string, Placement>,
): number {
  let cost = 0
  for (const g of groups) {
    const p = placement.get(g.rootId)
    if (!p) continue
    cost += WEIGHTS.dayMoved * Math.abs(p.day - g.originalDay)
    cost += WEIGHTS.hourShifted * (Math.abs(p.start - g.originalStart) / 60)
  }
  for (let i = 0; i < groups.length; i++) {
    for (let k = i + 1; k < groups.length; k++) {
      const a = groups[i]!
      const b = groups[k]!
      if (a.week !== b.week || a.originalDay !== b.originalDay) continue
      const pa = placement.get(a.rootId)
      const pb = placement.get(b.rootId)
      if (!pa || !pb || pa.day !== pb.day) continue
      const before = Math.sign(a.originalStart - b.originalStart)
      const after = Math.sign(pa.start - pb.start)
      if (before !== 0 && after !== 0 && before !== after) cost += WEIGHTS.orderSwap
    }
  }
  return cost
}
