import { findClient } from '../../db/repositories/client.repository'
import { exerciseIndex } from '../../db/repositories/exercise.repository'
import { findClientNumbers } from '../../db/repositories/max.repository'
import { DomainError } from '../../shared/contract/result'
import type { ExerciseIndex } from '../../shared/exercises/exercise-index'
import type { ColumnMapping } from '../../shared/imports/coach-sheet'
import type { PreviewRow } from '../../shared/imports/clients-csv'
import { previewClientsCsv } from '../../shared/imports/clients-csv'
import { readReadinessCsv } from '../../shared/imports/readiness-csv'
import { nextMonday } from '../../shared/plans/calendar'
import type { BlockSession, WeekSettings } from '../../shared/schemas/block.schema'
import type { Client, ClientInput } from '../../shared/schemas/client.schema'
import type {
  ImportFormat,
  ImportPreview,
  ImportProblem,
  ImportRequest,
} from '../../shared/schemas/import.schema'
import type { ReadinessEntry } from '../../shared/schemas/readiness.schema'
import type { BackendContext } from '../context'
import { clientFromProfile } from '../plan-import'
import { planSource, sessionsCsvSource, sheetSource } from './block-sources'
import type { SourceReading } from './block-sources'
import { FORMAT_WORDS, detectFormat } from './detect-format'
import { importedSessions } from './import-view'

/** Whose an imported block or readiness is: an existing client, or one to make. */
export type ImportClient =
  { kind: 'existing'; client: Client } | { kind: 'new'; input: ClientInput } | { kind: 'none' }

/** An import read and checked, nothing written: what the preview shows and the commit writes. */
export interface PreparedImport {
  format: ImportFormat | null
  header: string[]
  mapping: ColumnMapping
  problems: ImportProblem[]
  client: ImportClient
  block: {
    name: string
    startDate: string | null
    weeks: WeekSettings[]
    sessions: BlockSession[]
  } | null
  clientRows: PreviewRow[]
  readiness: ReadinessEntry[] | null
}

const fileProblem = (message: string, column = ''): ImportProblem => ({
  row: null,
  column,
  text: '',
  message,
})

/** "Legs heavy.csv" → "Legs heavy": a block is named after its file unless the coach names it. */
const baseName = (fileName: string) =>
  fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .trim()

/** The client the request names, or the problem with it (a name for a new one is checked here). */
async function resolveClient(
  ctx: BackendContext,
  request: ImportRequest,
  profile: Parameters<typeof clientFromProfile>[1],
): Promise<{ client: ImportClient; problem?: ImportProblem }> {
  if (request.clientId !== undefined) {
    const client = await findClient(ctx.db, request.clientId)
    return client
      ? { client: { kind: 'existing', client } }
      : {
          client: { kind: 'none' },
          problem: fileProblem(`No client with id ${request.clientId}.`, 'client'),
        }
  }
  if (request.newClientName !== undefined) {
    try {
      return { client: { kind: 'new', input: clientFromProfile(request.newClientName, profile) } }
    } catch (error) {
      const message = error instanceof DomainError ? error.message : String(error)
      return { client: { kind: 'none' }, problem: fileProblem(message, 'client') }
    }
  }
  return { client: { kind: 'none' } }
}

/** The block a file holds, by its format; null for clients and readiness files. */
function readBlock(
  format: ImportFormat,
  request: ImportRequest,
  plan: unknown,
  library: ExerciseIndex,
): { reading: SourceReading; header: string[]; mapping: ColumnMapping } | null {
  if (format === 'plan-week' || format === 'plan-block')
    return { reading: planSource(plan, library), header: [], mapping: {} }
  if (format === 'coach-sheet') return sheetSource(request.text, request.mapping, library)
  if (format === 'sessions-csv')
    return { reading: sessionsCsvSource(request.text, library), header: [], mapping: {} }
  return null
}

/**
 * Reads and checks a file to import, writing nothing: the format (detected unless the coach says),
 * the block, clients or readiness reports it holds, whose they become, and every problem by row and
 * column. What imports.preview shows and imports.commit writes, for the app and the CLI alike.
 */
export async function prepareImport(
  ctx: BackendContext,
  request: ImportRequest,
): Promise<PreparedImport> {
  const detected = detectFormat(request.text, request.format)
  const none: PreparedImport = {
    format: detected.format,
    header: [],
    mapping: {},
    problems: [],
    client: { kind: 'none' },
    block: null,
    clientRows: [],
    readiness: null,
  }
  if (detected.format === null) return { ...none, problems: [fileProblem(detected.problem)] }
  const format = detected.format
  const library = await exerciseIndex(ctx.db)
  const read = readBlock(format, request, 'plan' in detected ? detected.plan : undefined, library)
  if (read) {
    // A sheet with only its header (or a plan with no sessions) would be an empty block.
    const empty = read.reading.ok && read.reading.source.sessions.length === 0
    const source = read.reading.ok && !empty ? read.reading.source : null
    const { client, problem } = await resolveClient(
      ctx,
      request,
      source?.profile ?? { goal: 'hybrid' },
    )
    const startDate =
      request.startDate ??
      source?.startDate ??
      (format === 'coach-sheet' ? nextMonday(ctx.now()) : null)
    return {
      ...none,
      header: read.header,
      mapping: read.mapping,
      problems: [
        ...(read.reading.ok ? [] : read.reading.problems),
        ...(empty ? [fileProblem('The file has no sessions in it.')] : []),
        ...(problem ? [problem] : []),
      ],
      client,
      block: source && {
        name: request.blockName ?? (baseName(request.fileName) || 'Imported block'),
        startDate,
        weeks: source.weeks,
        sessions: source.sessions,
      },
    }
  }
  if (format === 'clients-csv') {
    const preview = previewClientsCsv(request.text)
    const problems = [
      ...preview.problems.map((p) => fileProblem(p)),
      ...preview.rows.flatMap((r) =>
        r.issues.map((i) => ({ row: r.line, column: i.column, text: '', message: i.message })),
      ),
    ]
    if (preview.problems.length === 0 && preview.rows.length === 0)
      problems.push(fileProblem('The file has no clients in it.'))
    return { ...none, problems, clientRows: preview.rows }
  }
  // Readiness reports belong to a client who has them already.
  const { client, problem } = await resolveClient(ctx, request, { goal: 'hybrid' })
  const read2 = readReadinessCsv(request.text)
  const problems = read2.ok ? [] : read2.problems.map((p) => fileProblem(p))
  if (read2.ok && read2.entries.length === 0)
    problems.push(fileProblem('The file has no readiness reports in it.'))
  if (client.kind === 'new')
    problems.push(
      fileProblem('Readiness reports are for a client on the roster: choose one', 'client'),
    )
  if (problem) problems.push(problem)
  return { ...none, problems, client, readiness: read2.ok ? read2.entries : null }
}

/** The preview of a prepared import: every session and line in the chosen client's numbers. */
export async function previewOf(
  ctx: BackendContext,
  prepared: PreparedImport,
): Promise<ImportPreview> {
  const { format, block, client } = prepared
  const numbers = {
    ...(client.kind === 'existing'
      ? await findClientNumbers(ctx.db, client.client.id)
      : {
          loads: { unit: 'kg' as const, increment: 2.5, thresholdPaceSecPerKm: null },
          maxes: [],
        }),
    library: await exerciseIndex(ctx.db),
  }
  const entries = prepared.readiness
  return {
    format,
    formatWords: format ? FORMAT_WORDS[format] : 'a file Blockwise cannot read',
    header: prepared.header,
    mapping: prepared.mapping,
    problems: prepared.problems,
    needsClient:
      format === 'clients-csv' || format === null
        ? 'none'
        : format === 'readiness-csv'
          ? 'existing'
          : 'existing-or-new',
    needsStartDate: format === 'plan-week' || format === 'coach-sheet',
    client:
      client.kind === 'existing'
        ? { id: client.client.id, name: client.client.name, isNew: false }
        : client.kind === 'new'
          ? { id: null, name: client.input.name, isNew: true }
          : null,
    block: block && {
      name: block.name,
      startDate: block.startDate,
      weeks: block.weeks,
      sessions: importedSessions(block.sessions, numbers),
      lineCount: block.sessions.reduce((n, s) => n + (s.exercises?.length ?? 0), 0),
    },
    clients: prepared.clientRows.map(({ input, ...row }) => ({ ...row, ok: input !== null })),
    readiness:
      entries && entries.length > 0
        ? {
            days: entries.length,
            first: entries.map((e) => e.date).sort()[0]!,
            last: entries
              .map((e) => e.date)
              .sort()
              .at(-1)!,
          }
        : null,
  }
}
