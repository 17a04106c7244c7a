import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { CommandResult } from './command-result'
import { findClientByNameOrId } from './find-client'
import { withBackend } from './with-backend'
import type { DatabaseLocation } from '../db/open-database'
import { MAX_DELIMITED_CHARS } from '../shared/tables/delimited-text'
import { decodeTextFile, encodingNote } from '../shared/tables/text-file'

export interface ImportOptions {
  db: DatabaseLocation
  file: string
  client?: string | undefined
  name?: string | undefined
  start?: string | undefined
  active: boolean
}

/** How many problems the command line prints before "and N more". */
const SHOWN = 30

/**
 * `blockwise import --db FILE FILE [--client NAME_OR_ID]`: a plan file, a coach's training sheet,
 * a sessions CSV, a clients CSV or readiness reports, through the same imports.commit the Import…
 * dialog uses (the backend detects the format and reads it; nothing is parsed here). A name no
 * client has makes a new client, for a sheet as for a plan file. All or nothing: every problem is
 * printed by row and column, and nothing is written.
 */
export async function importCommand(options: ImportOptions): Promise<CommandResult> {
  let bytes: Buffer
  try {
    // Past any text the import takes (8 MB of characters, at most 4 bytes each), refused unread:
    // reading a 600 MB file whole took Node down before the backend could say it is too large.
    if (statSync(options.file).size > 4 * MAX_DELIMITED_CHARS) {
      return { exitCode: 2, stderr: `${options.file}: The file is larger than 8 MB; split it` }
    }
    bytes = readFileSync(options.file)
  } catch (error) {
    return { exitCode: 2, stderr: `${options.file}: cannot be read (${(error as Error).message})` }
  }
  // A spreadsheet saved by Excel on Windows is not UTF-8: read it as it was written, and say so.
  const decoded = decodeTextFile(bytes)
  if ('problem' in decoded) {
    return { exitCode: 2, stderr: `Nothing was imported.\n${options.file}: ${decoded.problem}` }
  }
  const { text, encoding } = decoded
  const note = encodingNote(path.basename(options.file), encoding)
  const withNote = (lines: string[]) => (note ? [note, ...lines] : lines).join('\n')
  return withBackend(options.db, async ({ api }) => {
    let whose = {}
    if (options.client !== undefined) {
      const roster = await api.clients.list({ includeArchived: true })
      if (!roster.ok) return { exitCode: 2, stderr: roster.error.message }
      const client = findClientByNameOrId(roster.value, options.client)
      if (typeof client === 'string') return { exitCode: 2, stderr: client }
      whose = client ? { clientId: client.id } : { newClientName: options.client.trim() }
    }
    const result = await api.imports.commit({
      fileName: path.basename(options.file),
      text,
      ...whose,
      ...(options.name ? { blockName: options.name } : {}),
      ...(options.start ? { startDate: options.start } : {}),
      status: options.active ? 'active' : 'draft',
    })
    if (result.ok) return { exitCode: 0, stdout: withNote([result.value.summary]) }
    const { issues } = result.error
    // A file's problems come as `text` issues; the others name an option.
    const option: Record<string, string> = {
      clientId: '--client',
      newClientName: '--client',
      startDate: '--start',
      blockName: '--name',
    }
    const lines = issues.map((i) =>
      i.path === 'text'
        ? `${options.file}: ${i.message}`
        : `${option[i.path] ?? i.path}: ${i.message}`,
    )
    const more = lines.length > SHOWN ? [`… and ${lines.length - SHOWN} more`] : []
    const needsClient = issues.some((i) => i.path === 'clientId') && options.client === undefined
    return {
      exitCode: 2,
      stderr: withNote([
        'Nothing was imported.',
        ...(needsClient ? ['Name whose it is with --client NAME_OR_ID.'] : []),
        ...lines.slice(0, SHOWN),
        ...more,
      ]),
    }
  })
}
