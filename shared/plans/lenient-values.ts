import type { SessionChanges } from '../schemas/patch.schema'

const two = (n: number) => String(n).padStart(2, '0')

/**
 * A time as coaches type it, as "HH:MM": "7", "0700", "7am", "7:30pm", "19.30", "12pm", "1200",
 * "7h30". Null when it is not a time of day.
 */
export function readTime(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '')
  let h: number
  let m: number
  const meridiem = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm|a|p)$/.exec(t)
  const separated = /^(\d{1,2})[:.h](\d{2})$/.exec(t)
  const digits = /^(\d{1,4})$/.exec(t)
  if (meridiem) {
    h = Number(meridiem[1])
    m = Number(meridiem[2] ?? 0)
    if (h < 1 || h > 12) return null
    h = (h % 12) + (meridiem[3]!.startsWith('p') ? 12 : 0)
  } else if (separated) {
    h = Number(separated[1])
    m = Number(separated[2])
  } else if (digits) {
    const d = digits[1]!
    // "7" and "19" are hours; "700", "0700" and "1930" are hours and minutes.
    h = d.length <= 2 ? Number(d) : Number(d.slice(0, -2))
    m = d.length <= 2 ? 0 : Number(d.slice(-2))
  } else return null
  return h < 24 && m < 60 ? `${two(h)}:${two(m)}` : null
}

const HOURS = '(?:h|hr|hrs|hour|hours)'
const MINUTES = '(?:m|min|mins|minute|minutes)'

/**
 * A duration as coaches type it, in whole minutes: "45", "90m", "1h", "1.5h", "1:15", "1h30",
 * "1 h 30 min". Null when it is not one.
 */
export function readDuration(text: string): number | null {
  const t = text.trim().toLowerCase().replace(',', '.')
  const patterns: [RegExp, (m: RegExpExecArray) => number][] = [
    [/^(\d+)$/, (m) => Number(m[1])],
    [new RegExp(`^(\\d+)\\s*${MINUTES}$`), (m) => Number(m[1])],
    [new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*${HOURS}$`), (m) => Math.round(Number(m[1]) * 60)],
    [
      new RegExp(`^(\\d+)\\s*${HOURS}\\s*([0-5]?\\d)\\s*(?:${MINUTES})?$`),
      (m) => Number(m[1]) * 60 + Number(m[2]),
    ],
    [/^(\d+):([0-5]\d)$/, (m) => Number(m[1]) * 60 + Number(m[2])],
  ]
  for (const [pattern, minutes] of patterns) {
    const match = pattern.exec(t)
    if (match) {
      const value = minutes(match)
      return Number.isInteger(value) ? value : null
    }
  }
  return null
}

/** Words coaches use for a session, and what each makes of it. */
const KINDS: [words: string[], changes: SessionChanges][] = [
  [
    ['squat', 'squats', 'deadlift', 'deadlifts', 'lunge', 'lunges', 'legs', 'leg day', 'rdl'],
    { modality: 'strength', region: 'lower' },
  ],
  [
    ['bench', 'bench press', 'press', 'overhead press', 'ohp', 'pull-up', 'pull-ups', 'pullup'],
    { modality: 'strength', region: 'upper' },
  ],
  [['full body', 'full-body', 'lift', 'weights', 'gym'], { modality: 'strength', region: 'full' }],
  [['intervals', 'interval', 'hiit', 'vo2', 'track'], { modality: 'run', runType: 'intervals' }],
  [['tempo', 'tempo run'], { modality: 'run', runType: 'tempo' }],
  [['threshold', 'threshold run'], { modality: 'run', runType: 'threshold' }],
  [['easy run', 'easy', 'jog', 'zone 2', 'z2'], { modality: 'run', runType: 'easy' }],
  [['long run', 'long'], { modality: 'run', runType: 'long' }],
  [['recovery run', 'recovery'], { modality: 'run', runType: 'recovery' }],
  [['hills', 'hill repeats', 'hill sprints'], { modality: 'run', runType: 'hill_repeats' }],
  [['sprints', 'strides'], { modality: 'run', runType: 'sprints' }],
]

/** A session kind from a word a coach types in the Modality cell ("squat", "HIIT"), or null. */
export function readSessionKind(text: string): SessionChanges | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ')
  for (const [words, changes] of KINDS) if (words.includes(t)) return changes
  return null
}
