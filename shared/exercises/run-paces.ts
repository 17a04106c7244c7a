/**
 * Run pace bands from a threshold pace, or from a recent race converted to one.
 *
 * Race times convert with Riegel's formula, T2 = T1 × (D2 / D1)^1.06 (Riegel P., "Athletic records
 * and human endurance", American Scientist 69, 1981). Threshold pace is taken as the pace of an
 * all-out effort of about an hour, the usual field definition of lactate-threshold pace.
 *
 * Zones are Joe Friel's run pace zones as a % of threshold pace (time per km; "The Triathlete's
 * Training Bible"), folded to the five zones the sheet uses: Z5 joins Friel's 5a–5c.
 */

export const RIEGEL_EXPONENT = 1.06

/** Predicted time (s) for `toKm` from a race of `fromKm` in `fromSec`. */
export function riegelTime(fromKm: number, fromSec: number, toKm: number): number {
  return fromSec * (toKm / fromKm) ** RIEGEL_EXPONENT
}

/** Threshold pace (s/km) from a race: the pace of the distance Riegel says takes an hour. */
export function thresholdPaceFromRace(distanceKm: number, timeSec: number): number {
  const hourKm = distanceKm * (3600 / timeSec) ** (1 / RIEGEL_EXPONENT)
  return 3600 / hourKm
}

/** Friel's zones: the slow and fast ends of each zone as a % of threshold pace (time per km). */
export const FRIEL_RUN_ZONES: readonly { zone: number; slowPct: number | null; fastPct: number }[] =
  [
    { zone: 1, slowPct: null, fastPct: 129 },
    { zone: 2, slowPct: 129, fastPct: 114 },
    { zone: 3, slowPct: 113, fastPct: 106 },
    { zone: 4, slowPct: 105, fastPct: 99 },
    { zone: 5, slowPct: 97, fastPct: 90 },
  ]

/** The pace band of `zone` (s/km): slow end (null: no limit) and fast end. */
export function paceBand(
  thresholdSecPerKm: number,
  zone: number,
): { slowSecPerKm: number | null; fastSecPerKm: number } | null {
  const band = FRIEL_RUN_ZONES.find((z) => z.zone === zone)
  if (!band) return null
  return {
    slowSecPerKm: band.slowPct === null ? null : (thresholdSecPerKm * band.slowPct) / 100,
    fastSecPerKm: (thresholdSecPerKm * band.fastPct) / 100,
  }
}

/** 5:12 /km. */
export const paceWords = (secPerKm: number) => {
  const rounded = Math.round(secPerKm)
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')} /km`
}

/** "5:40–6:25 /km", "slower than 6:25 /km". */
export function bandWords(band: { slowSecPerKm: number | null; fastSecPerKm: number }): string {
  if (band.slowSecPerKm === null) return `slower than ${paceWords(band.fastSecPerKm)}`
  return `${paceWords(band.fastSecPerKm).replace(' /km', '')}–${paceWords(band.slowSecPerKm)}`
}

/** A pace band in s/km: the fast end, and the slow end (null: anything slower). */
export interface PaceBand {
  slowSecPerKm: number | null
  fastSecPerKm: number
}

/**
 * The zone a run of each type is run in when the coach types none: recovery and walk-run in
 * zone 1, easy and long runs in zone 2 (Friel's aerobic endurance), tempo in 3, threshold work in
 * 4, and intervals, hills and sprints in 5. A race is run at its own pace (see sessionPace).
 */
export const RUN_TYPE_ZONE: Record<string, number> = {
  recovery: 1,
  walk_run: 1,
  easy: 2,
  long: 2,
  tempo: 3,
  threshold: 4,
  intervals: 5,
  hill_repeats: 5,
  sprints: 5,
  race: 4,
}

/**
 * The zone an effort (session RPE, CR-10) falls in: RPE 1–2 zone 1, 3–4 zone 2, 5–6 zone 3, 7–8
 * zone 4, 9–10 zone 5 (the usual five-zone reading of the CR-10 scale).
 */
export const zoneOfRpe = (rpe: number) => Math.min(5, Math.max(1, Math.ceil(rpe / 2)))

/** Race distances a line's pace may name, in km. */
export const RACE_KM: Record<string, number> = {
  mile: 1.609344,
  '3k': 3,
  '5k': 5,
  '10k': 10,
  half: 21.0975,
  marathon: 42.195,
}

/** How a race pace is printed: within 1.5 % of the predicted pace either way (a few s/km). */
const RACE_PACE_SPREAD = 0.015
/** Threshold pace as a band: 2 % either side of it. */
const THRESHOLD_SPREAD = 0.02

/** The pace (s/km) Riegel's formula predicts for a race of `km` from a threshold pace (an hour's race). */
export function racePace(thresholdSecPerKm: number, km: number): number {
  const hourKm = 3600 / thresholdSecPerKm
  return riegelTime(hourKm, 3600, km) / km
}

const around = (pace: number, spread: number): PaceBand => ({
  fastSecPerKm: pace * (1 - spread),
  slowSecPerKm: pace * (1 + spread),
})

/**
 * The band of a pace a line names: a race's predicted pace (±1.5 %), threshold pace (±2 %), or
 * the zone of tempo (3), easy (2) or recovery (1) running.
 */
export function targetBand(thresholdSecPerKm: number, target: string): PaceBand | null {
  const km = RACE_KM[target]
  if (km !== undefined) return around(racePace(thresholdSecPerKm, km), RACE_PACE_SPREAD)
  if (target === 'threshold') return around(thresholdSecPerKm, THRESHOLD_SPREAD)
  const zone = { tempo: 3, easy: 2, recovery: 1 }[target]
  return zone === undefined ? null : paceBand(thresholdSecPerKm, zone)
}

/** "5K pace", "half-marathon pace", "threshold pace", "easy pace". */
export function targetWords(target: string): string {
  const names: Record<string, string> = {
    mile: 'mile',
    '3k': '3K',
    '5k': '5K',
    '10k': '10K',
    half: 'half-marathon',
    marathon: 'marathon',
  }
  return `${names[target] ?? target} pace`
}
