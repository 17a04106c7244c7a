import type { Exercise, PaceTarget } from '../schemas/session.schema'
import { ExerciseSchema } from '../schemas/session.schema'
import { plainNumber } from '../tables/cell-values'
import { LB_PER_KG, kgFromUnit } from './loads'

/**
 * The compact way coaches write a line, in one cell: `Back squat 5x5 @80%`, `RDL 3x8 @RPE7`,
 * `Bench 3x8-12 60kg`, `Plank 3x45s`, `Walking lunge 3x10/leg 20kg`, and a run's repeats with the
 * pace they are run at, `6x800m @5K pace`, `5x1km @threshold`, `8x400m @RPE9`; the same with `×`,
 * spaces, `@ 80 %`, `RIR 2` or `rest 2:00`. The name is kept as typed; the library resolves it.
 * A run's repeats need no name: `6x800m` is "800 m repeats".
 */

// A number stands on its own: "1e9kg" is not 9 kg, "v2.5kg" not 2.5 kg, "-20kg" not 20 kg.
const NUMBER = String.raw`(?<![\w.,\-−])\d+(?:[.,]\d+)?`
const SETS_REPS = new RegExp(
  String.raw`(?:^|\s)(\d+)\s*[x×]\s*(\d+(?:[.,]\d+)?)(?:\s*[-–]\s*(\d+))?\s*(s|sec|min|m|km|/leg|/side|\s*each)?(?=\s|$|@)`,
  'i',
)
const PCT = new RegExp(String.raw`@?\s*(${NUMBER})\s*%(?:\s*1RM)?`, 'i')
const RPE = new RegExp(String.raw`@?\s*RPE\s*(\d+(?:[.,]\d+)?)`, 'i')
const RIR = new RegExp(String.raw`@?\s*RIR\s*(\d+)`, 'i')
const LOAD = new RegExp(String.raw`@?\s*(${NUMBER})\s*(kg|lb|lbs)\b`, 'i')
const REST = /\brest\s*(\d+(?::\d{2})?)\s*(s|sec|min)?\b/i
/** A pace a run's line names: `@5K pace`, `5 km pace`, `@HM pace`, `@MP`, `@threshold`, `@easy`. */
const TARGET = String.raw`mile|[35]\s*km?|10\s*km?|half(?:[- ]?marathon)?|hm|marathon|threshold|tempo|easy|recovery`
const PACE = new RegExp(
  String.raw`(?:@\s*(${TARGET}|hmp|mp)(?:\s*pace)?|(?<![\w@])(${TARGET})\s+pace)\b`,
  'i',
)
/** What is left of a number with a unit the parser could not read ("1e9kg", "5..5kg"). */
const UNREAD_AMOUNT = /\S*\d\S*(?:kg|lbs?|%)(?=\s|$)|\S*\d[eE][+-]?\d\S*/i

/** The numbers the patterns above let through are plain decimals; read as every cell is. */
const toNumber = (text: string) => plainNumber(text)!

/** "5K", "5 km", "half marathon", "MP" as the pace target they name. */
function paceTarget(words: string): PaceTarget {
  const t = words.toLowerCase().replace(/[\s-]+/g, '')
  if (t === 'mp') return 'marathon'
  if (t === 'hm' || t === 'hmp' || t.startsWith('half')) return 'half'
  const km = /^(\d+)km?$/.exec(t)
  if (km) return `${km[1]}k` as PaceTarget
  return t as PaceTarget
}

/** A cell that names a pace and nothing else ("5K pace", "@threshold", "HM pace"), or null. */
export function readPaceTarget(text: string): PaceTarget | null {
  const t = text.trim()
  const asTyped = /^@|pace$/i.test(t) ? t : `@${t}`
  const match = PACE.exec(asTyped)
  return match && match.index === 0 && match[0].length === asTyped.length
    ? paceTarget(match[1] ?? match[2]!)
    : null
}

/** How `formatCompactLine` writes a pace target, read back by `parseCompactLine`. */
const PACE_TEXT: Record<PaceTarget, string> = {
  mile: '@mile pace',
  '3k': '@3K pace',
  '5k': '@5K pace',
  '10k': '@10K pace',
  half: '@half pace',
  marathon: '@marathon pace',
  threshold: '@threshold',
  tempo: '@tempo',
  easy: '@easy',
  recovery: '@recovery',
}

/** "2:00" → 120, "90" (seconds) → 90, "2" min → 120. */
function restSeconds(value: string, unit: string | undefined): number {
  if (value.includes(':')) {
    const [m, s] = value.split(':')
    return Number(m) * 60 + Number(s)
  }
  return /min/i.test(unit ?? '') ? Number(value) * 60 : Number(value)
}

/** The name of a run's repeats typed without one: "800 m repeats", "3min repeats". */
function repeatsName(line: Partial<Exercise>): string | null {
  if (line.distanceM !== undefined) return `${line.distanceM} m repeats`
  if (line.durationSec !== undefined) return `${clock(line.durationSec)} repeats`
  return null
}

/** The fields of a line as coaches call them, for messages. */
const FIELD_WORDS: Record<string, string> = {
  sets: 'Sets',
  reps: 'Reps',
  repsMax: 'Reps',
  loadKg: 'Load',
  pct1rm: '%1RM',
  rpe: 'RPE',
  rir: 'RIR',
  restSec: 'Rest',
  durationSec: 'Time',
  distanceM: 'Distance',
  name: 'Exercise',
}

export type CompactLine = { ok: true; line: Exercise } | { ok: false; message: string }

/**
 * Reads one compact line; the message says what could not be read, and which part. A load in lb
 * is kept in kg to the gram, so it reads back as typed.
 */
export function parseCompactLine(text: string): CompactLine {
  // Full-width forms (５x５ ＠80％, as an East Asian keyboard types them) read as their ASCII twins.
  let rest = text.normalize('NFKC').trim().replace(/\s+/g, ' ')
  if (rest === '') return { ok: false, message: 'Type an exercise, e.g. Back squat 5x5 @80%' }
  const typed = rest
  const line: Partial<Exercise> = {}
  const take = (pattern: RegExp, apply: (m: RegExpExecArray) => void) => {
    const match = pattern.exec(rest)
    if (!match) return
    apply(match)
    rest = (rest.slice(0, match.index) + ' ' + rest.slice(match.index + match[0].length))
      .replace(/\s+/g, ' ')
      .trim()
  }
  take(REST, (m) => (line.restSec = restSeconds(m[1]!, m[2])))
  take(PACE, (m) => (line.pace = paceTarget(m[1] ?? m[2]!)))
  take(RPE, (m) => (line.rpe = toNumber(m[1]!)))
  take(RIR, (m) => (line.rir = Number(m[1])))
  take(PCT, (m) => (line.pct1rm = toNumber(m[1]!)))
  take(LOAD, (m) => {
    const value = toNumber(m[1]!)
    line.loadKg = /lb/i.test(m[2]!) ? kgFromUnit(value, { unit: 'lb', increment: 1 }) : value
  })
  take(SETS_REPS, (m) => {
    line.sets = Number(m[1])
    const amount = toNumber(m[2]!)
    const unit = (m[4] ?? '').trim().toLowerCase()
    if (unit === 's' || unit === 'sec') line.durationSec = Math.round(amount)
    else if (unit === 'min') line.durationSec = Math.round(amount * 60)
    else if (unit === 'm') line.distanceM = amount
    else if (unit === 'km') line.distanceM = amount * 1000
    else {
      line.reps = Math.round(amount)
      if (m[3]) line.repsMax = Number(m[3])
      if (unit === '/leg' || unit === '/side' || unit === 'each') line.perSide = true
    }
  })
  if (line.rpe !== undefined && line.rir !== undefined) {
    // Two measures of one effort that may disagree: which would the load be computed from?
    return { ok: false, message: `"${typed}": give RPE or RIR, not both` }
  }
  const unread = UNREAD_AMOUNT.exec(rest)
  if (unread) {
    return {
      ok: false,
      message: `"${typed}": "${unread[0]}" is not a load or %: write plain numbers, like 60kg or @80%`,
    }
  }
  const name = rest.replace(/[@,]+\s*$/, '').trim() || repeatsName(line)
  if (!name) return { ok: false, message: `Name the exercise in "${typed}"` }
  if (/\d\s*[x×]\s*\d/i.test(name)) {
    return { ok: false, message: `"${typed}": write sets × reps like 5x5, 3x8-12 or 3x45s` }
  }
  // The same limits as everywhere a line is stored, said here on the part the coach typed.
  const checked = ExerciseSchema.safeParse({ ...line, name })
  if (!checked.success) {
    const issue = checked.error.issues[0]!
    const field = FIELD_WORDS[String(issue.path[0])] ?? String(issue.path[0] ?? 'line')
    return { ok: false, message: `"${typed}": ${field}: ${issue.message}` }
  }
  return { ok: true, line: checked.data }
}

/** A time as coaches write it: 45s, 2min, 1:30. */
function clock(total: number): string {
  if (total < 60) return `${total}s`
  if (total % 60 === 0) return `${total / 60}min`
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}

/** What is done in each set: "5", "8-12", "10/leg", "45s", "800m". */
export function setAmount(line: Exercise): string {
  if (line.durationSec !== undefined) return clock(line.durationSec)
  if (line.distanceM !== undefined) {
    return line.distanceM >= 1000 && line.distanceM % 1000 === 0
      ? `${line.distanceM / 1000}km`
      : `${line.distanceM}m`
  }
  if (line.reps === undefined) return ''
  const reps = line.repsMax !== undefined ? `${line.reps}-${line.repsMax}` : String(line.reps)
  return line.perSide ? `${reps}/leg` : reps
}

/**
 * The line in the compact form it is read from (parseCompactLine(formatCompactLine(l)) is l); a
 * load in the client's unit (an lb client's 61.235 kg reads "135lb").
 */
export function formatCompactLine(line: Exercise, unit: 'kg' | 'lb' = 'kg'): string {
  const parts = [line.name]
  const amount = setAmount(line)
  if (line.sets !== undefined && amount !== '') parts.push(`${line.sets}x${amount}`)
  if (line.pct1rm !== undefined) parts.push(`@${line.pct1rm}%`)
  if (line.rpe !== undefined) parts.push(`@RPE${line.rpe}`)
  if (line.rir !== undefined) parts.push(`RIR${line.rir}`)
  if (line.pace !== undefined) parts.push(PACE_TEXT[line.pace])
  if (line.loadKg !== undefined)
    parts.push(
      unit === 'lb' ? `${Math.round(line.loadKg * LB_PER_KG * 10) / 10}lb` : `${line.loadKg}kg`,
    )
  if (line.restSec !== undefined) parts.push(`rest ${clock(line.restSec)}`)
  return parts.join(' ')
}
