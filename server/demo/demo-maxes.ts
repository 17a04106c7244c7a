import type { ClientInputDraft } from '../../shared/schemas/client.schema'
import type { ClientLoads, LiftMaxRecord } from '../../shared/schemas/maxes.schema'

type Level = 'novice' | 'intermediate' | 'advanced'

/**
 * 1RM as a multiple of body mass for the demo's main lifts, by training age: rough population
 * figures, so a demo client's loads read like a real person's.
 */
const STRENGTH_RATIOS: Record<Level, Record<string, number>> = {
  novice: {
    'Back squat': 1.0,
    'Bench press': 0.7,
    Deadlift: 1.25,
    'Overhead press': 0.45,
    'Front squat': 0.8,
  },
  intermediate: {
    'Back squat': 1.5,
    'Bench press': 1.0,
    Deadlift: 1.8,
    'Overhead press': 0.65,
    'Front squat': 1.2,
  },
  advanced: {
    'Back squat': 2.0,
    'Bench press': 1.35,
    Deadlift: 2.3,
    'Overhead press': 0.8,
    'Front squat': 1.6,
  },
}

/** Threshold pace (s/km) by running experience. */
const THRESHOLD_PACE: Record<Level, number> = { novice: 390, intermediate: 315, advanced: 270 }

const toStep = (kg: number) => Math.round(kg / 2.5) * 2.5

/** A demo client's maxes (tested two weeks before the block's first Monday) and load units. */
export function demoNumbers(
  client: ClientInputDraft,
  testedOn: string,
  unit: 'kg' | 'lb' = 'kg',
): { loads: ClientLoads; maxes: LiftMaxRecord[] } {
  const level = client.experienceStrength ?? 'intermediate'
  const bodyMass = client.bodyMassKg ?? 70
  const maxes = Object.entries(STRENGTH_RATIOS[level]).map(([lift, ratio]): LiftMaxRecord => ({
    lift,
    oneRmKg: toStep(bodyMass * ratio),
    method: 'tested',
    fromLoadKg: null,
    fromReps: null,
    measuredOn: testedOn,
    trainingMaxPct: null,
  }))
  const running = client.experienceRunning ?? 'intermediate'
  return {
    loads: {
      unit,
      increment: unit === 'kg' ? 2.5 : 5,
      thresholdPaceSecPerKm: THRESHOLD_PACE[running],
    },
    maxes,
  }
}
