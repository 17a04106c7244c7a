import { openCriticalsWarning } from '../shared/handouts/open-criticals'
import type { ClientSummary } from '../shared/schemas/client.schema'
import type { CommandResult } from './command-result'
import { findClientByNameOrId } from './find-client'
import { progressLine } from './progress-line'
import { withBackend } from './with-backend'
import type { DatabaseLocation } from '../db/open-database'

export interface ExportOptions {
  db: DatabaseLocation
  client?: string | undefined
  all: boolean
  out: string
  pdf: boolean
  ics: boolean
  csv: boolean
  paper: 'A4' | 'LETTER'
  weeks?: string | undefined
  /** Refuse, writing nothing, when a chosen block has open critical findings. */
  strict: boolean
  /** Replace handout files already in the folder. */
  force: boolean
}

/** "1-4" or "3" as 1-based first and last week. */
export function parseWeeks(text: string): { from: number; to: number } | null {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim())
  if (!match) return null
  const from = Number(match[1])
  const to = Number(match[2] ?? match[1])
  return from >= 1 && from <= to ? { from, to } : null
}

/** The clients to export: one named (by id or by exact name, any case), or every one with an active block. */
function chooseClients(
  roster: readonly ClientSummary[],
  options: ExportOptions,
): ClientSummary[] | string {
  if (options.all) return roster.filter((c) => c.activeBlock !== null)
  const found = findClientByNameOrId(roster, options.client!)
  if (typeof found === 'string') return found
  return found
    ? [found]
    : `No client called ${JSON.stringify(options.client!.trim())} (names must match exactly; ids work too).`
}

/**
 * `blockwise export`: handouts for one client or the whole roster into a folder. A client that
 * fails is reported and the others still get theirs. A block with open critical findings (not
 * overridden) gets a warning line, and with --strict the export is refused before anything is
 * written. Exit 0 when all were written, 1 when some failed or --strict refused, 2 for bad input.
 */
export async function exportCommand(options: ExportOptions): Promise<CommandResult> {
  const weeks = options.weeks === undefined ? undefined : parseWeeks(options.weeks)
  if (weeks === null) {
    return {
      exitCode: 2,
      stderr: `--weeks must look like 1-4 or 3, got ${JSON.stringify(options.weeks)}`,
    }
  }
  return withBackend(options.db, async ({ api }) => {
    const listed = await api.clients.list({})
    if (!listed.ok) return { exitCode: 2, stderr: listed.error.message }
    const clients = chooseClients(listed.value, options)
    if (typeof clients === 'string') return { exitCode: 2, stderr: clients }
    const warnings: string[] = []
    for (const client of clients) {
      const open = await api.handouts.openCriticals({ clientId: client.id })
      if (open.ok && open.value.critical > 0) warnings.push(openCriticalsWarning(open.value))
    }
    if (options.strict && warnings.length > 0) {
      return {
        exitCode: 1,
        stderr: [...warnings, '--strict: nothing was exported.'].join('\n'),
      }
    }
    for (const warning of warnings) process.stderr.write(`warning: ${warning}.\n`)
    const formats = options.pdf || options.ics || options.csv ? options : { ...options, pdf: true }
    const progress = progressLine('Exporting')
    const written: string[] = []
    const failed: string[] = []
    for (const [i, client] of clients.entries()) {
      progress.update(i, clients.length, client.name)
      const result = await api.handouts.export({
        clientId: client.id,
        ...(weeks ? { weeks } : {}),
        pdf: formats.pdf,
        ics: formats.ics,
        csv: formats.csv,
        paper: options.paper,
        folder: options.out,
        replace: options.force,
      })
      if (result.ok) written.push(...result.value.files)
      else if (result.error.issues.some((i) => i.path === 'replace'))
        failed.push(`${client.name}: ${result.error.message} Add --force to replace it.`)
      else failed.push(`${client.name}: ${result.error.message}`)
    }
    progress.done()
    const summary = `Wrote ${written.length} file(s) for ${clients.length - failed.length} of ${clients.length} client(s).`
    return {
      exitCode: failed.length > 0 ? 1 : written.length > 0 ? 0 : 1,
      stdout: [...written, summary].join('\n'),
      ...(failed.length > 0 ? { stderr: `Not exported:\n${failed.join('\n')}` } : {}),
    }
  })
}
