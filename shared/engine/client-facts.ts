import type { ClientProfile } from '../schemas/client.schema'

/** docs/engine-rules.md §2.5: the goals for which strength adaptations come first. */
export const STRENGTH_GOALS = new Set(['strength', 'hypertrophy', 'hybrid'])

/** docs/engine-rules.md §2.1 `limited_recovery`: an explicit value replaces the derived one. */
export function limitedRecovery(client: ClientProfile): boolean {
  if (client.limitedRecovery !== undefined) return client.limitedRecovery
  return (
    (client.sleepAvg7dH !== undefined && client.sleepAvg7dH < 7.0) ||
    (client.lifeStress !== undefined && client.lifeStress >= 4) ||
    client.energyDeficit === 'large' ||
    client.recoversSlowly === true
  )
}

/** Why recovery is limited, in a coach's words (POP-04 message). */
export function limitedRecoveryReasons(client: ClientProfile): string {
  const reasons: string[] = []
  if (client.sleepAvg7dH !== undefined && client.sleepAvg7dH < 7.0)
    reasons.push(`sleep ${client.sleepAvg7dH} h`)
  if (client.lifeStress !== undefined && client.lifeStress >= 4)
    reasons.push(`life stress ${client.lifeStress}/5`)
  if (client.energyDeficit === 'large') reasons.push('a large energy deficit')
  if (client.recoversSlowly) reasons.push('slow recovery')
  return reasons.length > 0 ? reasons.join(', ') : 'set by the coach'
}

/** §2.5 `novice_runner`. */
export function noviceRunner(client: ClientProfile): boolean {
  return client.experienceRunning === 'novice' || client.canRunMile === false
}

/** §2.5 `novice_any`. */
export function noviceAny(client: ClientProfile): boolean {
  return client.experienceStrength === 'novice' || client.experienceRunning === 'novice'
}

export function lowerInjuryActive(client: ClientProfile): boolean {
  return client.activeInjuryRegions.includes('lower')
}
