import type { ExerciseIndex } from '../../shared/exercises/exercise-index'
import { readPlan } from '../../shared/engine/parse-plan'
import { sessionsFromCsv } from '../../shared/handouts/sessions-csv'
import { readCoachSheet, sheetPlan } from '../../shared/imports/coach-sheet'
import type { ColumnMapping } from '../../shared/imports/coach-sheet'
import { addDays } from '../../shared/plans/calendar'
import { MAX_BLOCK_WEEKS } from '../../shared/schemas/block.schema'
import type { BlockSession, WeekSettings } from '../../shared/schemas/block.schema'
import type { ClientProfile } from '../../shared/schemas/client.schema'
import { IsoDateSchema } from '../../shared/schemas/common.schema'
import type { ImportProblem } from '../../shared/schemas/import.schema'
import type { PlanSession } from '../../shared/schemas/session.schema'
import { parseDelimited } from '../../shared/tables/delimited-text'

/** A block read from a file, before it is anyone's: its weeks and sessions, and what it says. */
export interface BlockSource {
  weeks: WeekSettings[]
  sessions: BlockSession[]
  /** The first Monday the file gives, when it gives one. */
  startDate?: string
  /** A plan file's client profile: a new client is made from it. */
  profile?: ClientProfile
}

export type SourceReading =
  { ok: true; source: BlockSource } | { ok: false; problems: ImportProblem[] }

const problem = (message: string, column = ''): ImportProblem => ({
  row: null,
  column,
  text: '',
  message,
})

/**
 * A `blockwise-week@1` or `blockwise-block@1` plan (docs/plan-format.md) as a block: checked field
 * by field with the database's library, each problem with its JSON path.
 */
export function planSource(plan: unknown, library: ExerciseIndex): SourceReading {
  const parsed = readPlan(plan, { library })
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => problem(p)) }
  const read = parsed.plan
  const asBlockSession = (s: PlanSession, weekIndex: number, sortOrder: number): BlockSession => ({
    ...s,
    weekIndex,
    sortOrder,
  })
  if (read.format === 'blockwise-week@1') {
    return {
      ok: true,
      source: {
        weeks: [{ phase: read.week.phase, deload: read.week.deload }],
        sessions: read.sessions.map((s, i) => asBlockSession(s, 0, i)),
        profile: read.client,
      },
    }
  }
  if (read.weeks.length > MAX_BLOCK_WEEKS) {
    const message = `The plan has ${read.weeks.length} weeks; a block has at most ${MAX_BLOCK_WEEKS}.`
    return { ok: false, problems: [problem(message)] }
  }
  return {
    ok: true,
    source: {
      weeks: read.weeks.map((w) => ({ phase: w.phase, deload: w.deload })),
      sessions: read.weeks.flatMap((w, wi) => w.sessions.map((s, i) => asBlockSession(s, wi, i))),
      startDate: read.startDate,
      profile: read.client,
    },
  }
}

/**
 * A coach's own training sheet as a block: columns as recognised (or as mapped), every bad cell by
 * row and column, then the plan checks every session as a plan file's are.
 */
export function sheetSource(
  text: string,
  mapping: ColumnMapping | undefined,
  library: ExerciseIndex,
): { reading: SourceReading; header: string[]; mapping: ColumnMapping } {
  const sheet = readCoachSheet(text, { ...(mapping ? { mapping } : {}), library })
  if (!sheet.ok) {
    return {
      reading: { ok: false, problems: sheet.problems },
      header: sheet.header,
      mapping: sheet.mapping,
    }
  }
  // The plan's own start date is only a placeholder: a sheet names none, the coach gives it.
  const reading = planSource(sheetPlan(sheet, '2000-01-03'), library)
  if (reading.ok) delete reading.source.startDate
  return { reading, header: sheet.header, mapping: sheet.mapping }
}

/** The Monday a sessions CSV's block started on, from its first row's date, week and day. */
function startFromCsv(text: string): string | undefined {
  const table = parseDelimited(text)
  if (!table.ok) return undefined
  const first = table.rows[0]?.cells
  const at = (column: string) => first?.[table.header.indexOf(column)]
  const date = at('Date')
  const week = Number(at('Week index'))
  const day = Number(at('Day index'))
  // A date that is not a real one ("2024-99-99") is no start date: the coach is asked for one.
  if (
    !IsoDateSchema.safeParse(date).success ||
    !Number.isInteger(week) ||
    !Number.isInteger(day) ||
    week < 0 ||
    week >= MAX_BLOCK_WEEKS ||
    day < 0 ||
    day > 6
  ) {
    return undefined
  }
  return addDays(date!, -(week * 7 + day))
}

/**
 * A sessions CSV that Blockwise exported (a handout's .csv) as a block: each week with the phase
 * its rows carry (a week without sessions, or a file from before the Phase column, is "build").
 */
export function sessionsCsvSource(text: string, library: ExerciseIndex): SourceReading {
  const parsed = sessionsFromCsv(text, library)
  if (!parsed.ok) {
    return { ok: false, problems: parsed.issues.map((i) => problem(`${i.path}: ${i.message}`)) }
  }
  if (parsed.sessions.length === 0) {
    return { ok: false, problems: [problem('The file has no sessions in it.')] }
  }
  // A loop, not Math.max(...weeks): a spread of 150,000 arguments overflows the call stack.
  const weekCount = parsed.sessions.reduce((most, s) => Math.max(most, s.weekIndex), 0) + 1
  const startDate = startFromCsv(text)
  return {
    ok: true,
    source: {
      weeks: Array.from(
        { length: weekCount },
        (_, i) => parsed.weeks.get(i) ?? { phase: 'build', deload: false },
      ),
      sessions: parsed.sessions,
      ...(startDate ? { startDate } : {}),
    },
  }
}
