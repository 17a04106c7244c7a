import { counted } from './counted'

type Severity = 'critical' | 'warn' | 'info'

const NOUNS: Record<Severity, [one: string, many: string]> = {
  critical: ['critical', 'critical'],
  warn: ['warning', 'warnings'],
  info: ['note', 'notes'],
}

/**
 * How many findings of each severity, in proper number: "6 critical · 18 warnings · 1 note" (the
 * findings panel said "1 notes", Balance "1 warnings", a template "0 warn"). `skipZero` leaves out
 * the severities with none.
 */
export function severityCounts(
  count: (severity: Severity) => number,
  { joiner = ' · ', skipZero = false }: { joiner?: string; skipZero?: boolean } = {},
): string {
  return (['critical', 'warn', 'info'] as const)
    .filter((s) => !skipZero || count(s) > 0)
    .map((s) => counted(count(s), ...NOUNS[s]))
    .join(joiner)
}
