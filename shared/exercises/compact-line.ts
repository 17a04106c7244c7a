import type { Exercise } from '../schemas/session.schema'

/**
 * The compact way coaches write a line, in one cell: `Back squat 5x5 @80%`, `RDL 3x8 @RPE7`,
 * `Bench 3x8-12 60kg`, `Plank 3x45s`, `Walking lunge 3x10/leg 20kg`, `6x800m`, and the same with
 * `×`, spaces, `@ 80 %`, `RIR 2` or `rest 2:00`. The name is kept as typed; the library resolves it.
 */

const NUMBER = String.raw`\d+(?:[.,]\d+)?`
const SETS_REPS = new RegExp(
  String.raw`(?:^|\s)(\d+)\s*[x×]\s*(${NUMBER})(?:\s*[-–]\s*(\d+))?\s*(s|sec|min|m|km|/leg|/side|\s*each)?(?=\s|$|@)`,
  'i',
)
const PCT = new RegExp(String.raw`@?\s*(${NUMBER})\s*%(?:\s*1RM)?`, 'i')
const RPE = new RegExp(String.raw`@?\s*RPE\s*(${NUMBER})`, 'i')
const RIR = new RegExp(String.raw`@?\s*RIR\s*(\d+)`, 'i')
const LOAD = new RegExp(String.raw`@?\s*(${NUMBER})\s*(kg|lb|lbs)\b`, 'i')
const REST = /\brest\s*(\d+(?::\d{2})?)\s*(s|sec|min)?\b/i

const toNumber = (text: string) => Number(text.replace(',', '.'))
const LB_IN_KG = 0.45359237

/** "2:00" → 120, "90" (seconds) → 90, "2" min → 120. */
function restSeconds(value: string, unit: string | undefined): number {
  if (value.includes(':')) {
    const [m, s] = value.split(':')
    return Number(m) * 60 + Number(s)
  }
  return /min/i.test(unit ?? '') ? Number(value) * 60 : Number(value)
}

export type CompactLine = { ok: true; line: Exercise } | { ok: false; message: string }

/** Reads one compact line; the message says what could not be read. */
export function parseCompactLine(text: string): CompactLine {
  let rest = text.trim().replace(/\s+/g, ' ')
  if (rest === '') return { ok: false, message: 'Type an exercise, e.g. Back squat 5x5 @80%' }
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
  take(RPE, (m) => (line.rpe = toNumber(m[1]!)))
  take(RIR, (m) => (line.rir = Number(m[1])))
  take(PCT, (m) => (line.pct1rm = toNumber(m[1]!)))
  take(LOAD, (m) => {
    const value = toNumber(m[1]!)
    line.loadKg = /lb/i.test(m[2]!) ? Math.round(value * LB_IN_KG * 100) / 100 : value
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
  const name = rest.replace(/[@,]+\s*$/, '').trim()
  if (name === '') return { ok: false, message: `Name the exercise in "${text.trim()}"` }
  if (/\d\s*[x×]\s*\d/i.test(name)) {
    return { ok: false, message: `"${text.trim()}": write sets × reps like 5x5, 3x8-12 or 3x45s` }
  }
  return { ok: true, line: { ...line, name } }
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

/** The line in the compact form it is read from (parseCompactLine(formatCompactLine(l)) is l). */
export function formatCompactLine(line: Exercise): string {
  const parts = [line.name]
  const amount = setAmount(line)
  if (line.sets !== undefined && amount !== '') parts.push(`${line.sets}x${amount}`)
  if (line.pct1rm !== undefined) parts.push(`@${line.pct1rm}%`)
  if (line.rpe !== undefined) parts.push(`@RPE${line.rpe}`)
  if (line.rir !== undefined) parts.push(`RIR${line.rir}`)
  if (line.loadKg !== undefined) parts.push(`${line.loadKg}kg`)
  if (line.restSec !== undefined) parts.push(`rest ${clock(line.restSec)}`)
  return parts.join(' ')
}
