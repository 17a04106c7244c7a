import { pctForReps } from '../engine/rep-max'
import type { Exercise } from '../schemas/session.schema'

export const LB_PER_KG = 1 / 0.45359237

/** How a client's loads are written: their unit and the smallest step their plates allow. */
export interface LoadUnits {
  unit: 'kg' | 'lb'
  /** The load step in the client's unit (2.5 kg or 5 lb by default). */
  increment: number
}

export const DEFAULT_INCREMENT = { kg: 2.5, lb: 5 } as const

/** A client's max for one lift: the 1RM in kg, and the training max % loads are taken from. */
export interface LiftMax {
  oneRmKg: number
  /** Loads are a % of this share of the 1RM (a 90 % training max); absent or null means 100 %. */
  trainingMaxPct?: number | null | undefined
}

/**
 * Epley's estimate of a one-rep max from a set taken near failure: load × (1 + reps / 30)
 * (Epley B., "Poundage chart", Boyd Epley Workout, 1985). A single is its own max.
 */
export function epleyOneRm(loadKg: number, reps: number): number {
  return reps <= 1 ? loadKg : loadKg * (1 + reps / 30)
}

/** `kg` in the client's unit, rounded to their increment (the plates they can load). */
export function roundedLoad(kg: number, units: LoadUnits): number {
  const inUnit = units.unit === 'lb' ? kg * LB_PER_KG : kg
  const stepped = Math.round(inUnit / units.increment) * units.increment
  // Floating-point steps (2.5 × 45) must print as 112.5, not 112.50000000000001.
  return Math.round(stepped * 1000) / 1000
}

/** `kg` in the client's unit, rounded down to their increment: never heavier than asked. */
function flooredLoad(kg: number, units: LoadUnits): number {
  const inUnit = units.unit === 'lb' ? kg * LB_PER_KG : kg
  // The epsilon keeps an exact step (87.5 / 2.5 = 34.999…) from losing a whole plate.
  const stepped = Math.floor(inUnit / units.increment + 1e-9) * units.increment
  return Math.round(stepped * 1000) / 1000
}

/** A line's load in the client's unit, and how it was had. */
export interface LineLoad {
  load: number
  unit: 'kg' | 'lb'
  /** True when worked out from the client's max rather than typed. */
  computed: boolean
  /** What a computed load answers, printed beside it: "80 %", "RPE 7", "2 reps in reserve". */
  from?: string
}

/**
 * The %1RM a line's effort asks for (docs/engine-rules.md §2.5, the rep-max model of PRG-05):
 * 100 / (1 + (reps + RIR)/30), with RIR = 10 − RPE, at the top of a rep range (the load that lets
 * every rep of the range be done at that effort). Null for a line with no reps or no effort.
 */
export function effortPct(line: Exercise): number | null {
  const reps = line.repsMax ?? line.reps
  const rir = line.rir ?? (line.rpe !== undefined ? 10 - line.rpe : undefined)
  if (reps === undefined || rir === undefined) return null
  return pctForReps(reps, rir)
}

/**
 * The load a line prescribes, in the client's unit: the load the coach typed; %1RM of the client's
 * max for that lift (of its training max when one is set), to the nearest increment; or, for a
 * line written as an effort (RPE or RIR), the %1RM that effort leaves of the tested max, rounded
 * down to the increment so the load never asks for more than the effort (and never trips PRG-05).
 * `computed` says which, so the sheet and the handout can show a computed load apart.
 */
export function lineLoad(
  line: Exercise,
  max: LiftMax | undefined,
  units: LoadUnits,
): LineLoad | null {
  if (line.loadKg !== undefined) {
    const typed = units.unit === 'lb' ? roundedLoad(line.loadKg, units) : line.loadKg
    return { load: typed, unit: units.unit, computed: false }
  }
  if (!max) return null
  if (line.pct1rm !== undefined) {
    const base = max.oneRmKg * ((max.trainingMaxPct ?? 100) / 100)
    const load = roundedLoad((base * line.pct1rm) / 100, units)
    return { load, unit: units.unit, computed: true, from: `${line.pct1rm} %` }
  }
  const pct = effortPct(line)
  if (pct === null) return null
  const from =
    line.rir === undefined
      ? `RPE ${line.rpe}`
      : line.rir === 0
        ? 'to failure'
        : `${line.rir} reps in reserve`
  return {
    load: flooredLoad((max.oneRmKg * pct) / 100, units),
    unit: units.unit,
    computed: true,
    from,
  }
}

/** A load in the client's unit as the kg a line stores (to the gram, so 250 lb reads back as 250). */
export function kgFromUnit(load: number, units: LoadUnits): number {
  return units.unit === 'lb' ? Math.round((load / LB_PER_KG) * 1000) / 1000 : load
}

/**
 * A max (kept in kg, to the 100 g) in the client's unit: kg to the 100 g, lb to the half pound,
 * so a max typed as 315 lb (142.9 kg) reads back as 315 lb.
 */
export function maxInUnit(kg: number, unit: 'kg' | 'lb'): number {
  return unit === 'lb' ? Math.round(kg * LB_PER_KG * 2) / 2 : Math.round(kg * 10) / 10
}

/** "142.9 kg", "315 lb": a max, or the load of the set it was estimated from. */
export const maxWords = (kg: number, unit: 'kg' | 'lb') => `${maxInUnit(kg, unit)} ${unit}`

/** "112.5 kg", "245 lb". */
export const loadWords = (l: { load: number; unit: 'kg' | 'lb' }) => `${l.load} ${l.unit}`
