import { z } from 'zod'
import { SHEET_FIELDS } from '../imports/sheet-fields'
import { MAX_DELIMITED_CHARS } from '../tables/delimited-text'
import { BLOCK_STATUSES, MondaySchema, WeekSettingsSchema } from './block.schema'
import { ClientCsvRowSchema } from './client.schema'
import { IdSchema, LIMITS, singleLineText } from './common.schema'

/** What a file to import can be (docs/plan-format.md; README "Moving data in and out"). */
export const IMPORT_FORMATS = [
  'plan-week',
  'plan-block',
  'coach-sheet',
  'sessions-csv',
  'clients-csv',
  'readiness-csv',
] as const
export const ImportFormatSchema = z.enum(IMPORT_FORMATS)
export type ImportFormat = z.infer<typeof ImportFormatSchema>

/** Which column of a training sheet holds each field (0-based), as recognised or as the coach mapped it. */
export const SheetMappingSchema = z.partialRecord(
  z.enum(SHEET_FIELDS),
  z
    .number()
    .int()
    .min(0)
    .max(LIMITS.listItems - 1, { error: `a sheet has at most ${LIMITS.listItems} columns` }),
)

/**
 * A file to import and what to do with it: the text as read, the file's name (the new block's name
 * unless one is given), a training sheet's column mapping, and whose block it becomes (an existing
 * client, or a new one by name). The backend detects the format, parses and checks everything.
 */
export const ImportRequestSchema = z
  .strictObject({
    fileName: z
      .string()
      .max(255, { error: 'The file name is longer than 255 characters' })
      .default(''),
    text: z.string().max(MAX_DELIMITED_CHARS, { error: 'The file is larger than 8 MB; split it' }),
    /** The format, when the coach says what the file is; detected from its content otherwise. */
    format: ImportFormatSchema.optional(),
    mapping: SheetMappingSchema.optional(),
    clientId: IdSchema.optional(),
    newClientName: singleLineText('New client’s name', LIMITS.nameChars)
      .min(1, { error: 'Name the new client' })
      .optional(),
    blockName: singleLineText('Block name', LIMITS.nameChars)
      .min(1, { error: 'Block name is required' })
      .optional(),
    startDate: MondaySchema.optional(),
    status: z.enum(BLOCK_STATUSES).default('draft'),
  })
  .refine((r) => r.clientId === undefined || r.newClientName === undefined, {
    error: 'Choose a client, or name a new one, not both',
    path: ['clientId'],
  })
export type ImportRequest = z.infer<typeof ImportRequestSchema>

/** A problem with the file, where it is: a row (1 = the header) and column when it has one. */
export const ImportProblemSchema = z.strictObject({
  row: z.number().int().nullable(),
  column: z.string(),
  text: z.string(),
  message: z.string(),
})
export type ImportProblem = z.infer<typeof ImportProblemSchema>

/** One session as it will be stored, and as the chosen client will read it. */
export const ImportedSessionSchema = z.strictObject({
  week: z.number().int().min(1),
  day: z.number().int().min(0).max(6),
  start: z.string(),
  durationMin: z.number(),
  /** "lower lift", "intervals run", "mobility". */
  kind: z.string(),
  title: z.string().nullable(),
  rpe: z.number().nullable(),
  zone: z.number().nullable(),
  /** The run's pace band for this client, when it is a run and their threshold pace is known. */
  pace: z.string().nullable(),
  lines: z.array(
    z.strictObject({
      /** The line as stored, in the compact form: "RDL 3x8 @RPE7". */
      stored: z.string(),
      /** As this client reads it: "RDL: 3 × 8 · 87.5 kg (RPE 7)". */
      reads: z.string(),
    }),
  ),
})
export type ImportedSession = z.infer<typeof ImportedSessionSchema>

/** What an import would do, and every problem that stops it. */
export const ImportPreviewSchema = z.strictObject({
  format: ImportFormatSchema.nullable(),
  /** The format in words: "a coach's training sheet". */
  formatWords: z.string(),
  /** A delimited file's header row (for mapping a training sheet's columns). */
  header: z.array(z.string()),
  mapping: SheetMappingSchema,
  problems: z.array(ImportProblemSchema),
  /** Whose data it is: none (clients), an existing client (readiness), or an existing or new one. */
  needsClient: z.enum(['none', 'existing', 'existing-or-new']),
  /** Whether the coach must give the first Monday (a week plan, a sheet). */
  needsStartDate: z.boolean(),
  client: z
    .strictObject({ id: z.string().nullable(), name: z.string(), isNew: z.boolean() })
    .nullable(),
  block: z
    .strictObject({
      name: z.string(),
      startDate: z.string().nullable(),
      weeks: z.array(WeekSettingsSchema),
      sessions: z.array(ImportedSessionSchema),
      lineCount: z.number().int(),
    })
    .nullable(),
  clients: z.array(ClientCsvRowSchema),
  readiness: z
    .strictObject({ days: z.number().int(), first: z.string(), last: z.string() })
    .nullable(),
})
export type ImportPreview = z.infer<typeof ImportPreviewSchema>

/** What an import wrote. */
export const ImportResultSchema = z.strictObject({
  format: ImportFormatSchema,
  /** One sentence for the coach: "Imported 14 sessions with 9 exercise lines … for Ana Costa." */
  summary: z.string(),
  blockId: z.string().nullable(),
  clientId: z.string().nullable(),
  clients: z.number().int(),
  days: z.number().int(),
})
export type ImportResult = z.infer<typeof ImportResultSchema>
