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
