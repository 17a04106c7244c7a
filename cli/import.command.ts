import { readFileSync } from 'node:fs'
import { nextMonday } from '../shared/plans/calendar'
import path from 'node:path'
import { ExerciseIndex } from '../shared/exercises/exercise-index'
import { isCoachSheet, readCoachSheet, sheetPlan } from '../shared/imports/coach-sheet'
import type { CommandResult } from './command-result'
import { existingClient, findClientByNameOrId } from './find-client'
import { withBackend } from './with-backend'

export interface ImportOptions {
  db: string
  file: string
  client?: string | undefined
  name?: string | undefined
  start?: string | undefined
  active: boolean
}

/**
 * `blockwise import --db FILE PLAN.json --client NAME_OR_ID`: a plan file becomes a new block for
 * that client (made from the plan's profile when no client has that name). All or nothing.
 */
export async function importCommand(options: ImportOptions): Promise<CommandResult> {
  if (/\.(csv|tsv|txt)$/i.test(options.file)) {
    const text = readFileSync(options.file, 'utf8')
    if (isCoachSheet(text)) return importSheetCommand(options, text)
    return importCsvCommand(options)
  }
  const wanted = options.client
  if (!wanted) {
    return { exitCode: 2, stderr: 'blockwise import of a plan file needs --client NAME_OR_ID' }
  }
  let plan: unknown
  try {
    plan = JSON.parse(readFileSync(options.file, 'utf8'))
  } catch (error) {
    return { exitCode: 2, stderr: `${options.file}: not a JSON file (${(error as Error).message})` }
  }
  return withBackend(options.db, async ({ api }) => {
    const roster = await api.clients.list({ includeArchived: true })
    if (!roster.ok) return { exitCode: 2, stderr: roster.error.message }
    const client = findClientByNameOrId(roster.value, wanted)
    if (typeof client === 'string') return { exitCode: 2, stderr: client }
    const result = await api.blocks.importPlan({
      ...(client ? { clientId: client.id } : { newClientName: wanted.trim() }),
      name: options.name ?? path.basename(options.file, path.extname(options.file)),
      ...(options.start ? { startDate: options.start } : {}),
      status: options.active ? 'active' : 'draft',
      plan,
    })
    if (!result.ok) {
      const where = result.error.issues.map(
        (i) => `${options.file}: ${i.path === 'plan' ? '' : `${i.path}: `}${i.message}`,
      )
      return { exitCode: 2, stderr: [`Nothing was imported.`, ...where.slice(0, 20)].join('\n') }
    }
    const block = result.value
    return {
      exitCode: 0,
      stdout: `Imported ${block.sessions.length} sessions in ${block.weeks.length} week(s) as "${block.name}" (${block.status}) for ${client ? client.name : `the new client ${wanted.trim()}`}.`,
    }
  })
}

/**
 * A CSV: a sessions CSV Blockwise exported becomes a block for `--client`; any other CSV is read
 * as clients, checked row by row, and imported only when every row is right.
 */
async function importCsvCommand(options: ImportOptions): Promise<CommandResult> {
  const csv = readFileSync(options.file, 'utf8')
  return withBackend(options.db, async ({ api }) => {
    if (/(^|,)"?Session ID"?(,|$)/m.test(csv.split(/\r?\n/, 1)[0] ?? '')) {
      const roster = await api.clients.list({ includeArchived: true })
      if (!roster.ok) return { exitCode: 2, stderr: roster.error.message }
      const client = options.client ? findClientByNameOrId(roster.value, options.client) : null
      if (!client || typeof client === 'string') {
        return {
          exitCode: 2,
          stderr:
            typeof client === 'string'
              ? client
              : 'A sessions CSV needs --client NAME_OR_ID of an existing client.',
        }
      }
      const result = await api.blocks.importCsv({
        clientId: client.id,
        name: options.name ?? path.basename(options.file, path.extname(options.file)),
        ...(options.start ? { startDate: options.start } : {}),
        status: options.active ? 'active' : 'draft',
        csv,
      })
      if (!result.ok) {
        return {
          exitCode: 2,
          stderr: [
            'Nothing was imported.',
            ...result.error.issues.slice(0, 20).map((i) => `${options.file}: ${i.message}`),
          ].join('\n'),
        }
      }
      return {
        exitCode: 0,
        stdout: `Imported ${result.value.sessions.length} sessions as "${result.value.name}" for ${client.name}.`,
      }
    }
    const result = await api.clients.importCsv({ csv, commit: true })
    if (result.ok) return { exitCode: 0, stdout: `Imported ${result.value.imported} clients.` }
    const lines = result.error.issues.map((i) =>
      i.path === 'csv' ? i.message : `${i.path}: ${i.message}`,
    )
    return { exitCode: 2, stderr: [result.error.message, ...lines.slice(0, 50)].join('\n') }
  })
}

/**
 * A coach's own spreadsheet (week, day, session and one exercise per row) as a new block for
 * `--client`, starting `--start` (the next Monday unless given). Every bad cell is named and
 * nothing is written unless the whole sheet is understood.
 */
async function importSheetCommand(options: ImportOptions, text: string): Promise<CommandResult> {
  const wanted = options.client
  if (!wanted) {
    return { exitCode: 2, stderr: 'blockwise import of a training sheet needs --client NAME_OR_ID' }
  }
  return withBackend(options.db, async ({ api }) => {
    // The database's library, so exercises the coach added are known by name and alias.
    const library = await api.exercises.list()
    const reading = readCoachSheet(text, {
      library: new ExerciseIndex(library.ok ? library.value : []),
    })
    if (!reading.ok) {
      const where = reading.problems
        .slice(0, 30)
        .map(
          (p) =>
            `${options.file}: row ${p.row}${p.column ? `, ${p.column}` : ''}${p.text ? ` "${p.text}"` : ''}: ${p.message}`,
        )
      return { exitCode: 2, stderr: ['Nothing was imported.', ...where].join('\n') }
    }
    const found = await existingClient(api, wanted)
    if ('problem' in found) return { exitCode: 2, stderr: found.problem }
    const { client } = found
    const startDate = options.start ?? nextMonday(new Date())
    const result = await api.blocks.importPlan({
      clientId: client.id,
      name: options.name ?? path.basename(options.file, path.extname(options.file)),
      startDate,
      status: options.active ? 'active' : 'draft',
      plan: sheetPlan(reading, startDate),
    })
    if (!result.ok) {
      const where = result.error.issues.map(
        (i) => `${options.file}: ${i.path ? `${i.path}: ` : ''}${i.message}`,
      )
      return { exitCode: 2, stderr: ['Nothing was imported.', ...where.slice(0, 20)].join('\n') }
    }
    const block = result.value
    const lines = block.sessions.reduce((n, s) => n + (s.exercises?.length ?? 0), 0)
    return {
      exitCode: 0,
      stdout: `Imported ${block.sessions.length} sessions with ${lines} exercise lines in ${block.weeks.length} week(s) as "${block.name}" (${block.status}, from ${block.startDate}) for ${client.name}.`,
    }
  })
}
