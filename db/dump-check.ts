import { z } from 'zod'
import { StoredExerciseSchema } from '../shared/schemas/exercise.schema'
import { ClientLoadsSchema, LiftMaxRecordSchema } from '../shared/schemas/maxes.schema'
import { issuePath } from '../shared/contract/field-issues'
import { attachmentLoop, loopWords } from '../shared/plans/attachments'
import { OverrideInputSchema } from '../shared/schemas/analysis.schema'
import { BlockSchema } from '../shared/schemas/block.schema'
import { ClientSchema } from '../shared/schemas/client.schema'
import { blockHeader } from './repositories/block.repository'
import { templateFromRow } from './repositories/template.repository'
import type { TemplatesTable } from './schema'
import { TemplateSchema } from '../shared/schemas/template.schema'
import { ReadinessEntrySchema } from '../shared/schemas/readiness.schema'
import { groupBy } from './repositories/group-by'
import { clientFromRow } from './repositories/client.repository'
import { sessionFromRow } from './repositories/session-codec'
import { fromFlag } from './repositories/sql-values'

/** The tables of a Blockwise database, parents first. */
export const TABLES = [
  'clients',
  'blocks',
  'block_weeks',
  'sessions',
  'finding_overrides',
  'exercises',
  'client_loads',
  'client_maxes',
  'app_meta',
  'templates',
  'readiness',
] as const

const RowsSchema = z.array(z.record(z.string(), z.unknown()))

/** `blockwise-database@1`: what `blockwise dump` writes. */
export const DatabaseDumpSchema = z.strictObject({
  format: z.literal('blockwise-database@1'),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  tables: z.strictObject(
    Object.fromEntries(TABLES.map((t) => [t, RowsSchema])) as Record<
      (typeof TABLES)[number],
      typeof RowsSchema
    >,
  ),
})
export type DatabaseDump = z.infer<typeof DatabaseDumpSchema>
type Row = DatabaseDump['tables']['clients'][number]

/** "sessions row 12 (id s-7)": where in the export a problem is. */
const where = (table: string, index: number, row: Row) =>
  `${table} row ${index + 1}${typeof row.id === 'string' ? ` (id ${row.id})` : ''}`

/** A row's id as a grouping key; '' (never an id) for a value that is not a string. */
const idOf = (value: unknown) => (typeof value === 'string' ? value : '')

const firstIssues = (error: z.ZodError) =>
  error.issues
    .slice(0, 3)
    .map((i) => `${issuePath(i.path) || 'value'}: ${i.message}`)
    .join('; ')

/**
 * Every problem the app itself would refuse in a whole-database export, checked with the same zod
 * schemas the app parses its input with: each client as a Client, each block (header, weeks and
 * sessions together) as a Block, each override as an override, and no loop of attachments. What
 * the schemas cannot see (a row pointing at a missing parent) is left to the foreign keys, which
 * are checked at the end of the load.
 */
export function dumpProblems(dump: DatabaseDump): string[] {
  const problems: string[] = []
  const {
    clients,
    blocks,
    block_weeks: weeks,
    sessions,
    finding_overrides: overrides,
  } = dump.tables
  clients.forEach((row, i) => {
    try {
      const parsed = ClientSchema.safeParse(
        clientFromRow(row as Parameters<typeof clientFromRow>[0]),
      )
      if (!parsed.success)
        problems.push(`${where('clients', i, row)}: ${firstIssues(parsed.error)}`)
    } catch (error) {
      problems.push(`${where('clients', i, row)}: ${(error as Error).message}`)
    }
  })
  const weeksOf = groupBy(weeks, (w) => idOf(w.block_id))
  const sessionsOf = groupBy(sessions, (s) => idOf(s.block_id))
  blocks.forEach((row, i) => {
    let block: unknown
    try {
      const ownWeeks = [...(weeksOf.get(idOf(row.id)) ?? [])].sort(
        (a, b) => Number(a.week_index) - Number(b.week_index),
      )
      ownWeeks.forEach((w, k) => {
        if (w.week_index !== k) {
          throw new Error(`its weeks are not numbered 0, 1, 2…: week_index ${String(w.week_index)}`)
        }
      })
      block = {
        ...blockHeader(row as Parameters<typeof blockHeader>[0]),
        weeks: ownWeeks.map((w) => ({ phase: w.phase, deload: fromFlag(w.deload as number) })),
        sessions: (sessionsOf.get(idOf(row.id)) ?? []).map(sessionFromRow),
      }
    } catch (error) {
      problems.push(`${where('blocks', i, row)}: ${(error as Error).message}`)
      return
    }
    const parsed = BlockSchema.safeParse(block)
    if (!parsed.success) problems.push(`${where('blocks', i, row)}: ${firstIssues(parsed.error)}`)
    else {
      const tooLate = parsed.data.sessions.find((s) => s.weekIndex >= parsed.data.weeks.length)
      if (tooLate) {
        problems.push(
          `${where('blocks', i, row)}: session ${tooLate.id} is in week ${tooLate.weekIndex + 1} of ${parsed.data.weeks.length}`,
        )
      }
    }
  })
  overrides.forEach((row, i) => {
    const parsed = OverrideInputSchema.safeParse({
      blockId: row.block_id,
      rule: row.rule,
      subject: row.subject,
      reason: row.reason,
    })
    if (!parsed.success) {
      problems.push(`${where('finding_overrides', i, row)}: ${firstIssues(parsed.error)}`)
    }
  })
  const checkRows = (
    table: string,
    rows: Row[],
    check: (row: Row) => z.ZodSafeParseResult<unknown>,
  ) =>
    rows.forEach((row, i) => {
      let parsed: z.ZodSafeParseResult<unknown>
      try {
        parsed = check(row)
      } catch (error) {
        problems.push(`${where(table, i, row)}: ${(error as Error).message}`)
        return
      }
      if (!parsed.success) problems.push(`${where(table, i, row)}: ${firstIssues(parsed.error)}`)
    })
  checkRows('exercises', dump.tables.exercises, (row) =>
    StoredExerciseSchema.safeParse({
      id: row.id,
      name: row.name,
      region: row.region,
      pattern: row.pattern,
      equipment: row.equipment,
      aliases: JSON.parse(String(row.aliases)) as unknown,
      modality: row.modality,
      ...(row.run_type === null ? {} : { runType: row.run_type }),
    }),
  )
  checkRows('client_loads', dump.tables.client_loads, (row) =>
    ClientLoadsSchema.safeParse({
      unit: row.unit,
      increment: row.increment,
      thresholdPaceSecPerKm: row.threshold_pace_sec_per_km,
    }),
  )
  checkRows('client_maxes', dump.tables.client_maxes, (row) =>
    LiftMaxRecordSchema.safeParse({
      lift: row.lift,
      oneRmKg: row.one_rm_kg,
      method: row.method,
      fromLoadKg: row.from_load_kg,
      fromReps: row.from_reps,
      measuredOn: row.measured_on,
      trainingMaxPct: row.training_max_pct,
    }),
  )
  checkRows('readiness', dump.tables.readiness, (row) =>
    ReadinessEntrySchema.safeParse({
      date: row.date,
      ...(row.sleep_h === null ? {} : { sleepH: row.sleep_h }),
      ...(row.hrv === null ? {} : { hrv: row.hrv }),
      ...(row.soreness_lower === null ? {} : { sorenessLower: row.soreness_lower }),
      ...(row.fatigue === null ? {} : { fatigue: row.fatigue }),
      ...(row.mood === null ? {} : { mood: row.mood }),
      painRegions: JSON.parse(String(row.pain_regions)) as unknown,
      illness: row.illness === 1,
    }),
  )
  checkRows('templates', dump.tables.templates, (row) =>
    TemplateSchema.safeParse(templateFromRow(row as unknown as TemplatesTable)),
  )
  const loop = attachmentLoop(
    sessions.map((s) => ({
      id: String(s.id),
      attachedTo: (s.attached_to as string | null) ?? null,
    })),
  )
  if (loop) problems.push(`sessions: attachments go round in a loop (${loopWords(loop)})`)
  // A session hangs under one of its own block: the editor and the engine never look elsewhere.
  const blockOfSession = new Map(sessions.map((s) => [idOf(s.id), idOf(s.block_id)]))
  sessions.forEach((row, i) => {
    const target = idOf(row.attached_to)
    const targetBlock = target === '' ? undefined : blockOfSession.get(target)
    if (targetBlock !== undefined && targetBlock !== idOf(row.block_id)) {
      problems.push(
        `${where('sessions', i, row)}: attached to session ${target}, which is in another block`,
      )
    }
  })
  return problems
}
