import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createApiClient } from '../../shared/contract/api-client'
import type { CommandResult } from './command-result'
import { findClientByNameOrId } from './find-client'
import { openExistingBackend } from './open-existing'

export interface ImportOptions {
  db: string
  file: string
  client: string
  name?: string | undefined
  start?: string | undefined
  active: boolean
}

/**
 * `blockwise import --db FILE PLAN.json --client NAME_OR_ID`: a plan file becomes a new block for
 * that client (made from the plan's profile when no client has that name). All or nothing.
 */
export async function importCommand(options: ImportOptions): Promise<CommandResult> {
  let plan: unknown
  try {
    plan = JSON.parse(readFileSync(options.file, 'utf8'))
  } catch (error) {
    return { exitCode: 2, stderr: `${options.file}: not a JSON file (${(error as Error).message})` }
  }
  const backend = await openExistingBackend(options.db)
  if ('error' in backend) return { exitCode: 2, stderr: backend.error }
  const api = createApiClient((name, input) => backend.dispatch(name, input))
  try {
    const roster = await api.clients.list({ includeArchived: true })
    if (!roster.ok) return { exitCode: 2, stderr: roster.error.message }
    const client = findClientByNameOrId(roster.value, options.client)
    if (typeof client === 'string') return { exitCode: 2, stderr: client }
    const result = await api.blocks.importPlan({
      ...(client ? { clientId: client.id } : { newClientName: options.client.trim() }),
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
      stdout: `Imported ${block.sessions.length} sessions in ${block.weeks.length} week(s) as "${block.name}" (${block.status}) for ${client ? client.name : `the new client ${options.client.trim()}`}.`,
    }
  } finally {
    await backend.close()
  }
}
