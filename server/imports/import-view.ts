import { formatCompactLine } from '../../shared/exercises/compact-line'
import type { ClientNumbers } from '../../shared/handouts/exercise-words'
import { lineWords } from '../../shared/handouts/exercise-words'
import { runPaceWords, sessionPace } from '../../shared/exercises/session-pace'
import { sessionKind } from '../../shared/plans/session-kind'
import type { BlockSession } from '../../shared/schemas/block.schema'
import type { ImportedSession } from '../../shared/schemas/import.schema'

/**
 * Every session of an imported block as it will be stored and as the chosen client will read it:
 * each line in the compact form it is kept in, and in the client's numbers (a %1RM or an RPE as a
 * load from their max, a run's repeats at their pace), so the coach sees the whole sheet before
 * anything is written.
 */
export function importedSessions(
  sessions: readonly BlockSession[],
  numbers: ClientNumbers,
): ImportedSession[] {
  return [...sessions]
    .sort((a, b) => a.weekIndex - b.weekIndex || a.day - b.day || a.start.localeCompare(b.start))
    .map((s) => {
      const pace = sessionPace(s, numbers.loads.thresholdPaceSecPerKm)
      return {
        week: s.weekIndex + 1,
        day: s.day,
        start: s.start,
        durationMin: s.durationMin,
        kind: sessionKind(s),
        title: s.title ?? null,
        rpe: s.rpe ?? null,
        zone: s.zone ?? null,
        pace: pace && runPaceWords(pace),
        lines: (s.exercises ?? []).map((line) => ({
          stored: formatCompactLine(line, numbers.loads.unit),
          reads: lineWords(line, numbers, s),
        })),
      }
    })
}
