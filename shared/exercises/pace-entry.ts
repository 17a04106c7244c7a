import { paceWords, thresholdPaceFromRace } from './run-paces'

const RACES: Record<string, number> = { mile: 1.609344, half: 21.0975, marathon: 42.195 }
const KM_PER_MILE = 1.609344

const seconds = (clock: string) =>
  clock.split(':').reduce((total, part) => total * 60 + Number(part), 0)

/**
 * What a coach types for a client's running: a threshold pace ("4:40" per km, "7:30/mi" per mile)
 * or a recent race ("10k 45:00", "5 km 22:30", "half 1:45:00", "mile 6:10"), converted with
 * Riegel's formula. The threshold pace in s/km and how it was had, or the problem.
 */
export function readPaceEntry(text: string): { secPerKm: number; how: string } | { error: string } {
  const t = text.trim().toLowerCase()
  const pace = /^(\d{1,2}):([0-5]\d)(?:\s*\/\s*(km|mi|mile))?$/.exec(t)
  if (pace) {
    const perUnit = Number(pace[1]) * 60 + Number(pace[2])
    const perMile = pace[3] !== undefined && pace[3] !== 'km'
    const secPerKm = perMile ? Math.round(perUnit / KM_PER_MILE) : perUnit
    return {
      secPerKm,
      how: `threshold pace ${perMile ? `${pace[1]}:${pace[2]} /mi = ` : ''}${paceWords(secPerKm)}`,
    }
  }
  const race =
    /^(mile|half|marathon|\d+(?:[.,]\d+)?)\s*(?:k|km)?\s+(\d{1,2}:[0-5]\d(?::[0-5]\d)?)$/.exec(t)
  if (race) {
    const km = RACES[race[1]!] ?? Number(race[1]!.replace(',', '.'))
    const time = seconds(race[2]!)
    if (km > 0 && time > 0) {
      const secPerKm = thresholdPaceFromRace(km, time)
      return {
        secPerKm: Math.round(secPerKm),
        how: `${RACES[race[1]!] ? race[1] : `${km} km`} in ${race[2]} → threshold ${paceWords(secPerKm)} (Riegel)`,
      }
    }
  }
  return { error: 'Type a threshold pace like 4:40, or a recent race like 10k 45:00' }
}
