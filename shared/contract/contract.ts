import { z } from 'zod'
import {
  BlockAnalysisSchema,
  FindingSchema,
  OverrideInputSchema,
  OverrideSchema,
} from '../schemas/analysis.schema'
import {
  BLOCK_STATUSES,
  BlockSchema,
  BlockSummarySchema,
  MAX_BLOCK_WEEKS,
  MondaySchema,
  WeekSettingsSchema,
} from '../schemas/block.schema'
import { BlockEditSchema } from '../schemas/block-edit.schema'
import { RosterCheckPageInputSchema, RosterCheckPageSchema } from '../schemas/roster.schema'
import { ApplyPatchesInputSchema } from '../schemas/patch.schema'
import { BlockPlanSchema } from '../schemas/plan.schema'
import { FitnessSchema } from '../schemas/fitness.schema'
import { singleLineText } from '../schemas/common.schema'
import { ClientInputSchema, ClientSchema, ClientSummarySchema } from '../schemas/client.schema'
import { IdSchema, LIMITS } from '../schemas/common.schema'
import {
  ClientLoadsSchema,
  ClientMaxesSchema,
  LiftMaxRecordSchema,
  SetMaxInputSchema,
} from '../schemas/maxes.schema'
import { ExerciseInputSchema, StoredExerciseSchema } from '../schemas/exercise.schema'
import {
  ApplyTemplateInputSchema,
  PreviewTemplateInputSchema,
  SaveTemplateInputSchema,
  TemplateNameSchema,
  TemplatePreviewSchema,
  TemplateSchema,
  TemplateSummarySchema,
  UpdateTemplateInputSchema,
} from '../schemas/template.schema'
import { ReadinessEntrySchema, SaveReadinessInputSchema } from '../schemas/readiness.schema'
import { IsoDateSchema } from '../schemas/common.schema'
import { procedure } from './procedure'

const NoInput = z.strictObject({}).optional()
const ById = z.strictObject({ id: IdSchema })

export const HOST_KINDS = ['electron', 'browser', 'cli', 'test'] as const

/**
 * Every backend procedure, declared once. The Electron IPC binding, the preload bridge, the
 * browser host's HTTP routes and the renderer's client are all derived from this table: adding a
 * procedure is one entry here plus one handler.
 */
const BlockNameSchema = singleLineText('Block name', LIMITS.nameChars).min(1, {
  error: 'Block name is required',
})
const BlockWeeksSchema = z
  .array(WeekSettingsSchema)
  .min(1, { error: 'A block has at least one week' })
  .max(MAX_BLOCK_WEEKS, { error: `A block has at most ${MAX_BLOCK_WEEKS} weeks` })

export const contract = {
  'app.info': procedure(
    'Where the data lives, which host serves it, and the schema version.',
    NoInput,
    z.strictObject({
      version: z.string(),
      host: z.enum(HOST_KINDS),
      dataFile: z.string(),
      /** Where handouts go unless the coach picks another folder: beside the database. */
      handoutsFolder: z.string(),
      /** The folder in words (the desktop app sends handouts.export a handle, not the path). */
      handoutsFolderLabel: z.string(),
      /** typed: the coach types a folder; dialog: it is chosen with handouts.chooseFolder. */
      folderChoice: z.enum(['typed', 'dialog']),
      schemaVersion: z.number().int(),
    }),
  ),
  'clients.list': procedure(
    'The roster, newest edit first; archived clients only when asked for.',
    z
      .strictObject({
        includeArchived: z.boolean().default(false),
        search: z
          .string()
          .max(LIMITS.searchChars, {
            error: `search must be at most ${LIMITS.searchChars} characters`,
          })
          .default(''),
      })
      .default({ includeArchived: false, search: '' }),
    z.array(ClientSummarySchema),
  ),
  'clients.get': procedure('One client with every field.', ById, ClientSchema),
  'clients.create': procedure('Adds a client to the roster.', ClientInputSchema, ClientSchema),
  'clients.update': procedure(
    'Replaces every editable field of a client.',
    ClientInputSchema.extend({ id: IdSchema }),
    ClientSchema,
  ),
  'clients.archive': procedure(
    'Hides a client from the roster without deleting anything.',
    ById,
    ClientSchema,
  ),
  'clients.restore': procedure('Brings an archived client back to the roster.', ById, ClientSchema),
  'clients.importCsv': procedure(
    'Checks a clients CSV row by row (a preview); with commit, imports every row in one transaction, or none if any row is wrong.',
    z.strictObject({
      csv: z.string().max(2_000_000, { error: 'The file is larger than 2 MB' }),
      commit: z.boolean().default(false),
    }),
    z.strictObject({
      problems: z.array(z.string()),
      rows: z.array(
        z.strictObject({
          line: z.number().int(),
          name: z.string(),
          ok: z.boolean(),
          issues: z.array(z.strictObject({ column: z.string(), message: z.string() })),
        }),
      ),
      imported: z.number().int(),
    }),
  ),
  'blocks.listForClient': procedure(
    "A client's blocks, newest start first.",
    z.strictObject({ clientId: IdSchema }),
    z.array(BlockSummarySchema),
  ),
  'blocks.get': procedure('One block with its weeks and sessions.', ById, BlockSchema),
  'blocks.create': procedure(
    'Starts a block for a client: name, first Monday, and each week’s phase and deload flag.',
    z.strictObject({
      clientId: IdSchema,
      name: BlockNameSchema,
      startDate: MondaySchema,
      weeks: BlockWeeksSchema,
      status: z.enum(BLOCK_STATUSES).default('draft'),
    }),
    BlockSchema,
  ),
  'blocks.importPlan': procedure(
    'Imports a blockwise-week@1 or blockwise-block@1 plan as a new block, for an existing or a new client, all or nothing.',
    z
      .strictObject({
        clientId: IdSchema.optional(),
        newClientName: singleLineText('Client name', LIMITS.nameChars)
          .min(1, { error: 'Name the new client' })
          .optional(),
        name: BlockNameSchema,
        startDate: MondaySchema.optional(),
        status: z.enum(BLOCK_STATUSES).default('draft'),
        plan: z.unknown(),
      })
      .refine((i) => (i.clientId === undefined) !== (i.newClientName === undefined), {
        error: 'Choose a client, or name a new one',
        path: ['clientId'],
      }),
    BlockSchema,
  ),
  'blocks.importCsv': procedure(
    'Imports a sessions CSV that Blockwise exported as a new block for a client, all or nothing.',
    z.strictObject({
      clientId: IdSchema,
      name: BlockNameSchema,
      startDate: MondaySchema.optional(),
      status: z.enum(BLOCK_STATUSES).default('draft'),
      csv: z.string().max(5_000_000, { error: 'The file is larger than 5 MB' }),
    }),
    BlockSchema,
  ),
  'blocks.duplicate': procedure(
    'Copies a block, every week and session, into a new draft block for the same client.',
    z.strictObject({ id: IdSchema, name: BlockNameSchema, startDate: MondaySchema }),
    BlockSchema,
  ),
  'blocks.updateWeeks': procedure(
    'Sets each week’s phase and deload flag; weeks are added at the end, and only empty weeks can be removed from the end.',
    z.strictObject({
      id: IdSchema,
      revision: z.number().int().min(1),
      weeks: BlockWeeksSchema,
    }),
    BlockSchema,
  ),
  'blocks.setStatus': procedure(
    'Makes a block a draft, the active block (one per client) or done.',
    z.strictObject({
      id: IdSchema,
      revision: z.number().int().min(1),
      status: z.enum(BLOCK_STATUSES),
    }),
    BlockSchema,
  ),
  'blocks.applyPatches': procedure(
    'Applies a batch of session edits in one transaction, or none of them; answers with what changed and the analysis after it.',
    ApplyPatchesInputSchema,
    BlockEditSchema,
  ),
  'blocks.previewPatches': procedure(
    'The analysis a batch of session edits would give the block, writing nothing (a progression’s preview).',
    ApplyPatchesInputSchema,
    BlockAnalysisSchema,
  ),
  'blocks.enginePlan': procedure(
    'A block as the engine reads it (docs/plan-format.md): the client’s profile, what lines prescribe, and the history before it from the database.',
    ById,
    BlockPlanSchema,
  ),
  'blocks.fitness': procedure(
    'The client’s fitness, fatigue, form and ACWR day by day, through the history before the block and its planned days.',
    ById,
    FitnessSchema,
  ),
  'blocks.analyze': procedure(
    'The engine’s analysis of a block, with the coach’s overrides attached.',
    ById,
    BlockAnalysisSchema,
  ),
  'blocks.balance': procedure(
    'A proposed re-arrangement of a week or the whole block; nothing is saved.',
    z.strictObject({
      id: IdSchema,
      week: z
        .number()
        .int()
        .min(0)
        .max(MAX_BLOCK_WEEKS - 1)
        .optional(),
    }),
    z.strictObject({
      status: z.enum(['no_change', 'proposal', 'infeasible']),
      moves: z.array(
        z.strictObject({
          sessionId: z.string(),
          week: z.number().int(),
          from: z.strictObject({ day: z.number().int(), start: z.string() }),
          to: z.strictObject({ day: z.number().int(), start: z.string() }),
        }),
      ),
      before: z.array(FindingSchema),
      after: z.array(FindingSchema),
      objective: z.strictObject({ before: z.number(), after: z.number() }),
      suggestions: z.array(
        z.strictObject({
          rank: z.number().int(),
          rule: z.string(),
          sessions: z.array(z.string()),
          text: z.string(),
        }),
      ),
    }),
  ),
  'roster.check': procedure(
    'The engine over every active block of the roster (archived clients left out), a page of clients at a time.',
    RosterCheckPageInputSchema,
    RosterCheckPageSchema,
  ),
  'handouts.export': procedure(
    'Writes one client’s handout (PDF, calendar, CSV) for a block or some of its weeks into a folder.',
    z
      .strictObject({
        clientId: IdSchema,
        blockId: IdSchema.optional(),
        weeks: z
          .strictObject({
            from: z.number().int().min(1).max(MAX_BLOCK_WEEKS),
            to: z.number().int().min(1).max(MAX_BLOCK_WEEKS),
          })
          .refine((w) => w.from <= w.to, { error: 'the first week comes before the last' })
          .optional(),
        pdf: z.boolean().default(true),
        ics: z.boolean().default(false),
        csv: z.boolean().default(false),
        paper: z.enum(['A4', 'LETTER']).default('A4'),
        folder: z
          .string()
          .trim()
          .min(1, { error: 'Choose a folder' })
          .max(1000, { error: 'The folder path is too long' }),
      })
      .refine((r) => r.pdf || r.ics || r.csv, {
        error: 'Choose at least one of PDF, calendar or CSV',
        path: ['pdf'],
      }),
    z.strictObject({
      clientName: z.string(),
      files: z.array(z.string()),
      /** In the browser host, where each file can be downloaded (same order as files). */
      downloads: z.array(z.string()),
    }),
  ),
  'handouts.bundle': procedure(
    'In the browser host: one download (a zip) of files handouts.export offered for download.',
    z.strictObject({
      downloads: z
        .array(z.string().max(400))
        .min(1, { error: 'Name at least one download' })
        .max(3000, { error: 'At most 3,000 files go in one zip' }),
    }),
    z.strictObject({ download: z.string() }),
  ),
  'handouts.chooseFolder': procedure(
    'Asks the coach for a handouts folder in a native dialog (desktop app): its handle and path, or null when cancelled or where folders are typed.',
    NoInput,
    z.strictObject({
      chosen: z.strictObject({ folder: z.string(), label: z.string() }).nullable(),
    }),
  ),
  'handouts.openCriticals': procedure(
    'How many critical findings, not overridden, are open in the block a handout would be made from (the client’s active block unless one is named): the app and the CLI ask before handing such a block out.',
    z.strictObject({ clientId: IdSchema, blockId: IdSchema.optional() }),
    z.strictObject({
      clientName: z.string(),
      blockName: z.string(),
      critical: z.number().int().min(0),
    }),
  ),
  'maxes.get': procedure(
    'A client’s load unit and step, threshold pace, and maxes per lift.',
    z.strictObject({ clientId: IdSchema }),
    ClientMaxesSchema,
  ),
  'maxes.set': procedure(
    'Records a client’s max for a lift: a tested 1RM, or a set to estimate it from (Epley).',
    SetMaxInputSchema,
    LiftMaxRecordSchema,
  ),
  'maxes.remove': procedure(
    'Forgets a client’s max for a lift.',
    z.strictObject({ clientId: IdSchema, lift: z.string().min(1).max(LIMITS.shortTextChars) }),
    z.strictObject({ removed: z.boolean() }),
  ),
  'maxes.setLoads': procedure(
    'Sets how a client’s loads are written (kg or lb, and the load step) and their threshold pace.',
    z.strictObject({ clientId: IdSchema, loads: ClientLoadsSchema }),
    ClientLoadsSchema,
  ),
  'exercises.list': procedure(
    'The exercise library: each exercise with its region, pattern, equipment and aliases.',
    NoInput,
    z.array(StoredExerciseSchema),
  ),
  'exercises.save': procedure(
    'Adds an exercise to the library, or changes one; a rename keeps the old name as an alias.',
    z.strictObject({ exercise: ExerciseInputSchema }),
    StoredExerciseSchema,
  ),
  'exercises.merge': procedure(
    'Merges one exercise into another: its name and aliases become aliases of the one kept.',
    z.strictObject({ fromId: IdSchema, intoId: IdSchema }),
    StoredExerciseSchema,
  ),
  'readiness.list': procedure(
    'A client’s daily readiness reports (sleep, HRV, soreness, fatigue, mood, pain, illness), by date, from `since` on.',
    z.strictObject({ clientId: IdSchema, since: IsoDateSchema.optional() }),
    z.array(ReadinessEntrySchema),
  ),
  'readiness.save': procedure(
    'Saves readiness reports, all or none; a report for a day already reported replaces it.',
    SaveReadinessInputSchema,
    z.strictObject({ saved: z.number().int().min(0) }),
  ),
  'readiness.remove': procedure(
    'Forgets one day’s readiness report.',
    z.strictObject({ clientId: IdSchema, date: IsoDateSchema }),
    z.strictObject({ removed: z.boolean() }),
  ),
  'readiness.importCsv': procedure(
    'Readiness reports from a CSV or TSV with a header row (date, sleep_h, hrv, soreness, fatigue, mood, pain, illness), all or nothing.',
    z.strictObject({ clientId: IdSchema, csv: z.string().max(2_000_000) }),
    z.strictObject({ saved: z.number().int().min(0) }),
  ),
  'templates.list': procedure(
    'The templates, by name, each with its weeks, tags and how many sessions and lines it has.',
    NoInput,
    z.array(TemplateSummarySchema),
  ),
  'templates.get': procedure('One template with its sessions and lines.', ById, TemplateSchema),
  'templates.save': procedure(
    'Saves a block, or some of its weeks, as a template; prescriptions are kept as written.',
    SaveTemplateInputSchema,
    TemplateSchema,
  ),
  'templates.update': procedure(
    'Renames a template, or changes its description, tags or progressions.',
    UpdateTemplateInputSchema,
    TemplateSchema,
  ),
  'templates.duplicate': procedure(
    'Copies a template under a new name.',
    z.strictObject({ id: IdSchema, name: TemplateNameSchema }),
    TemplateSchema,
  ),
  'templates.remove': procedure(
    'Deletes a template; templates.restore undoes it.',
    ById,
    z.strictObject({ removed: z.boolean() }),
  ),
  'templates.restore': procedure('Brings a deleted template back.', ById, TemplateSchema),
  'templates.preview': procedure(
    'A template fitted to a client (their maxes, the start Monday, the weeks chosen) and the engine’s findings for that client, without writing anything. Without a client: a typical intermediate hybrid athlete.',
    PreviewTemplateInputSchema,
    TemplatePreviewSchema,
  ),
  'templates.apply': procedure(
    'A template fitted to a client as a new block (a draft unless activate), loads from their maxes.',
    ApplyTemplateInputSchema,
    BlockSchema,
  ),
  'findings.override': procedure(
    'Accepts a finding with a reason; it stays visible, greyed.',
    OverrideInputSchema,
    OverrideSchema,
  ),
  'findings.clearOverride': procedure(
    'Withdraws an override so the finding counts again.',
    OverrideInputSchema.omit({ reason: true }),
    z.strictObject({ removed: z.boolean() }),
  ),
} as const

export type Contract = typeof contract
export type ProcedureName = keyof Contract
export type ProcedureInput<N extends ProcedureName> = z.input<Contract[N]['input']>
export type ParsedInput<N extends ProcedureName> = z.output<Contract[N]['input']>
export type ProcedureOutput<N extends ProcedureName> = z.output<Contract[N]['output']>

export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[]

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}
