import path from 'node:path'
import { notABlockwiseDatabase } from '../db/files/database-file'
import type { DatabaseLocation } from '../db/open-database'
import { openBackend } from '../server/backend'
import type { Backend } from '../server/backend'
import type { Api } from '../shared/contract/api-client'
import type { ClientSummary } from '../shared/schemas/client.schema'
import { cliApi } from './cli-api'
import type { CommandResult } from './command-result'
import { existingClient } from './find-client'

export interface CliSession {
  backend: Backend
  /** The same typed calls the app makes (retrying while another program writes). */
  api: Api
}

/**
 * Runs a command against an existing Blockwise database and closes it afterwards, whatever
 * happens. The command line never creates a database by accident, nor writes Blockwise's tables
 * into a file that is something else (an empty file, a JSON dump, another program's database).
 */
export async function withBackend(
  database: DatabaseLocation,
  work: (session: CliSession) => Promise<CommandResult>,
): Promise<CommandResult> {
  const opened = await openCliBackend(database)
  if ('problem' in opened) return { exitCode: 2, stderr: opened.problem }
  const { backend } = opened
  try {
    return await work({ backend, api: cliApi(backend) })
  } finally {
    await backend.close()
  }
}

/**
 * A coach's file (which must already be a Blockwise database), or a team database, where the
 * command line acts as its operator (it sees every client; its writes are recorded as its own).
 */
async function openCliBackend(
  database: DatabaseLocation,
): Promise<{ backend: Backend } | { problem: string }> {
  if (database.kind === 'postgres') {
    const { PostgresConnectionError } = await import('../db/postgres/postgres-database')
    try {
      const backend = await openBackend({
        postgresUrl: database.url,
        host: 'cli',
        seedDemoWhenEmpty: false,
        poolSize: 2,
      })
      return { backend }
    } catch (error) {
      if (error instanceof PostgresConnectionError) return { problem: error.message }
      throw error
    }
  }
  const file = path.resolve(database.file)
  const problem = notABlockwiseDatabase(file)
  if (problem) return { problem }
  return { backend: await openBackend({ dataFile: file, host: 'cli', seedDemoWhenEmpty: false }) }
}

/** withBackend for a command about one client (`--client NAME_OR_ID`), found or exit 2. */
export function withClient(
  database: DatabaseLocation,
  wanted: string,
  work: (session: CliSession & { client: ClientSummary }) => Promise<CommandResult>,
): Promise<CommandResult> {
  return withBackend(database, async (session) => {
    const found = await existingClient(session.api, wanted)
    if ('problem' in found) return { exitCode: 2, stderr: found.problem }
    return work({ ...session, client: found.client })
  })
}
