/** Coach-facing words for the contract's enumerations. */
export const GOAL_LABELS = {
  strength: 'Strength',
  hypertrophy: 'Hypertrophy',
  endurance: 'Endurance',
  general_fitness: 'General fitness',
  fat_loss: 'Fat loss',
  hybrid: 'Hybrid',
} as const

export const EXPERIENCE_LABELS = {
  novice: 'Novice',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
} as const

export const COMPETITIVE_LABELS = {
  recreational: 'Recreational',
  competitive: 'Competitive',
  elite: 'Elite',
} as const

export const SEX_LABELS = { female: 'Female', male: 'Male', other: 'Other' } as const
export const DEFICIT_LABELS = { none: 'None', moderate: 'Moderate', large: 'Large' } as const
export const REGION_LABELS = { lower: 'Lower body', upper: 'Upper body', trunk: 'Trunk' } as const
export const INJURY_STATUS_LABELS = {
  active: 'Active',
  resolved: 'Resolved',
  recurrent: 'Recurrent',
} as const
export const TRI_LABELS = { auto: 'Work it out', yes: 'Yes', no: 'No' } as const

/**
 * A compact "last edited" stamp: "Today, 09:04", "23 Nov, 09:04" this year, else "23 Nov 2025".
 * `now` is a parameter so the wording is testable and stable within one render.
 */
export function formatTimestamp(iso: string, now: Date = new Date()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
  if (date.toDateString() === now.toDateString()) return `Today, ${time}`
  if (date.getFullYear() === now.getFullYear()) {
    return `${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`
  }
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
}

/** "2026-11-09" → "9 Nov 2026", read as a calendar date (no time-zone shift). */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00`)
  if (Number.isNaN(date.getTime())) return isoDate
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
}
