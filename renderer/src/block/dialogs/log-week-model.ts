import type { BlockSession } from '../../../../shared/schemas/block.schema'

/** One session's row in "Log the week", as typed. */
export interface LogRow {
  id: string
  done: boolean
  skipped: boolean
  rpe: string
  minutes: string
}

export const logRowOf = (s: BlockSession): LogRow => ({
  id: s.id,
  done: s.status === 'completed',
  skipped: s.status === 'skipped',
  rpe: s.rpeActual === undefined ? '' : String(s.rpeActual),
  minutes: s.minutesActual === undefined ? '' : String(s.minutesActual),
})

const whole = (text: string, lo: number, hi: number): number | null | undefined => {
  if (text.trim() === '') return undefined
  const n = Number(text.trim())
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null
}

/**
 * The sessions as the rows log them, or each row's problem: done with its actual RPE (0–10) and
 * minutes (1–1440) when typed, skipped with neither, else planned. Unticking clears what was
 * logged, so a session ticked by mistake goes back to planned.
 */
export function loggedSessions(
  sessions: readonly BlockSession[],
  rows: readonly LogRow[],
): { sessions: BlockSession[] } | { problems: Map<string, string> } {
  const problems = new Map<string, string>()
  const byId = new Map(sessions.map((s) => [s.id, s]))
  const logged: BlockSession[] = []
  for (const row of rows) {
    const s = byId.get(row.id)
    if (!s) continue
    const rpe = whole(row.rpe, 0, 10)
    const minutes = whole(row.minutes, 1, 1440)
    if (rpe === null) problems.set(row.id, 'actual RPE is a whole number 0–10')
    else if (minutes === null) problems.set(row.id, 'actual minutes are a whole number 1–1440')
    else if (!row.done && (rpe !== undefined || minutes !== undefined))
      problems.set(row.id, 'tick Done to log an RPE or minutes')
    if (problems.has(row.id)) continue
    const { rpeActual: _r, minutesActual: _m, ...rest } = s
    logged.push(
      row.done
        ? {
            ...rest,
            status: 'completed',
            ...(rpe !== undefined ? { rpeActual: rpe! } : {}),
            ...(minutes !== undefined ? { minutesActual: minutes! } : {}),
          }
        : { ...rest, status: row.skipped ? 'skipped' : 'planned' },
    )
  }
  return problems.size > 0 ? { problems } : { sessions: logged }
}
