import type { Client, ClientProfile } from '../schemas/client.schema'

const MONTHS_PRONE = 24

function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm] = fromIso.split('-').map(Number) as [number, number]
  const [ty, tm] = toIso.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm)
}

/**
 * docs/engine-rules.md §2.1 `injury_prone_lower`: any lower-body or running-related injury with onset
 * within 24 months, two or more such injuries ever, or a recurrent one. `asOf` is the plan's date.
 */
export function derivedInjuryProneLower(
  client: Pick<Client, 'injuryHistory'>,
  asOf: string,
): boolean {
  const relevant = client.injuryHistory.filter((i) => i.region === 'lower' || i.runningRelated)
  if (relevant.length >= 2) return true
  return relevant.some(
    (i) =>
      i.status === 'recurrent' ||
      (i.onsetDate !== null && monthsBetween(i.onsetDate, asOf) <= MONTHS_PRONE),
  )
}

/**
 * The profile the engine reads (docs/plan-format.md `client`) from a stored client: derived values
 * (§2.1) unless the coach overrode them, optional measurements only when known.
 */
export function clientProfile(client: Client, asOf: string): ClientProfile {
  const profile: ClientProfile = {
    goal: client.goal,
    experienceStrength: client.experienceStrength,
    experienceRunning: client.experienceRunning,
    canRunMile: client.canRunMile,
    competitiveLevel: client.competitiveLevel,
    injuryProneLower: client.injuryProneLowerOverride ?? derivedInjuryProneLower(client, asOf),
    activeInjuryRegions: [
      ...new Set(client.injuryHistory.filter((i) => i.status === 'active').map((i) => i.region)),
    ],
    maxSessionsPerDay: client.maxSessionsPerDay,
    adviceEnabled: client.adviceEnabled,
    recoversSlowly: client.recoversSlowly,
  }
  if (client.restDays.length > 0) profile.restDays = client.restDays
  if (client.limitedRecoveryOverride !== null)
    profile.limitedRecovery = client.limitedRecoveryOverride
  if (client.sleepAvg7dH !== null) profile.sleepAvg7dH = client.sleepAvg7dH
  if (client.lifeStress !== null) profile.lifeStress = client.lifeStress
  if (client.energyDeficit !== null) profile.energyDeficit = client.energyDeficit
  if (client.habitualBedtime !== null) profile.habitualBedtime = client.habitualBedtime
  if (client.habitualWake !== null) profile.habitualWake = client.habitualWake
  if (client.availability !== null) profile.availability = client.availability
  if (client.bodyMassKg !== null) profile.bodyMassKg = client.bodyMassKg
  if (client.enduranceBlockWeek !== null) profile.enduranceBlockWeek = client.enduranceBlockWeek
  return profile
}
