import type { ExerciseIndex } from '../exercises/exercise-index'
import type { LiftMax, LoadUnits } from '../exercises/loads'
import { loadWords, maxWords, roundedLoad } from '../exercises/loads'
import type { BlockSession } from '../schemas/block.schema'
import type { Exercise } from '../schemas/session.schema'
import { WEEKDAY_SHORT } from '../schemas/common.schema'

/** The highest %1RM a line may hold (ExerciseSchema): a load past it stays the load typed. */
const MAX_PCT = 110

/** One typed load kept as the %1RM it is of the client's max: "115 kg = 82.1 % of Sam's 140 kg". */
export interface LoadConversion {
  week: number
  day: number
  lift: string
  words: string
}

/** Whose loads a block's lines are: the client's name, maxes, unit, and the library. */
export interface LoadOwner {
  name: string
  maxOf: (lift: string) => LiftMax | undefined
  units: LoadUnits
  library: ExerciseIndex
}

/** A typed load as the %1RM it is of `max` (of its training max when set), to one decimal. */
function relativeLine(line: Exercise, max: LiftMax): Exercise | null {
  if (line.loadKg === undefined) return null
  const base = max.oneRmKg * ((max.trainingMaxPct ?? 100) / 100)
  const pct = Math.round((line.loadKg / base) * 1000) / 10
  if (pct < 1 || pct > MAX_PCT) return null
  const { loadKg: _kg, ...rest } = line
  return { ...rest, pct1rm: pct }
}

/**
 * A block's lines made relative before they are kept as a template: a typed load on a lift the
 * client has a max for becomes the %1RM it is of that max (one decimal), so the template hands no
 * one this client's kilograms (115 kg on Sam's 140 kg squat is 82.1 %; applied to Maya's 95 kg it
 * is 77.5 kg). Loads on lifts without a max stay as typed. Each conversion is listed, in words.
 */
export function relativeToMaxes(
  sessions: readonly BlockSession[],
  owner: LoadOwner,
): { sessions: BlockSession[]; conversions: LoadConversion[] } {
  const conversions: LoadConversion[] = []
  const out = sessions.map((session) => {
    if (!session.exercises?.some((l) => l.loadKg !== undefined)) return session
    const exercises = session.exercises.map((line) => {
      const max = owner.maxOf(line.name)
      const relative = max ? relativeLine(line, max) : null
      if (!relative || !max) return line
      const typed = loadWords({
        load: roundedLoad(line.loadKg!, owner.units),
        unit: owner.units.unit,
      })
      const maxText = maxWords(max.oneRmKg, owner.units.unit)
      const of = max.trainingMaxPct
        ? `${owner.name}’s training max (${max.trainingMaxPct} % of ${maxText})`
        : `${owner.name}’s ${maxText}`
      conversions.push({
        week: session.weekIndex + 1,
        day: session.day,
        lift: owner.library.find(line.name)?.name ?? line.name,
        words: `${typed} = ${relative.pct1rm} % of ${of}`,
      })
      return relative
    })
    return { ...session, exercises }
  })
  return { sessions: out, conversions }
}

/** "Week 2 Mon, Back squat: 115 kg = 82.1 % of Sam’s 140 kg". */
export const conversionWords = (c: LoadConversion) =>
  `Week ${c.week} ${WEEKDAY_SHORT[c.day]}, ${c.lift}: ${c.words}`

/**
 * A template's lines as a client gets them: where a line gives both a %1RM and a load (a template
 * saved before loads were made relative, or progressed at save time), the %1RM is the
 * prescription and the load, another client's, is dropped.
 */
export function withoutOthersLoads(sessions: readonly BlockSession[]): BlockSession[] {
  return sessions.map((session) =>
    session.exercises?.some((l) => l.loadKg !== undefined && l.pct1rm !== undefined)
      ? {
          ...session,
          exercises: session.exercises.map((line) => {
            if (line.loadKg === undefined || line.pct1rm === undefined) return line
            const { loadKg: _kg, ...rest } = line
            return rest
          }),
        }
      : session,
  )
}
