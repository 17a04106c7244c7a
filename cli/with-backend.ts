import path from 'node:path'
import { notABlockwiseDatabase } from '../db/files/database-file'
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
  dbFile: string,
  work: (session: CliSession) => Promise<CommandResult>,
): Promise<CommandResult> {
  const file = path.resolve(dbFile)
  const problem = notABlockwiseDatabase(file)
  if (problem) return { exitCode: 2, stderr: problem }
  const backend = await openBackend({ dataFile: file, host: 'cli', seedDemoWhenEmpty: false })
  try {
    return await work({ backend, api: cliApi(backend) })
  } finally {
    await backend.close()
  }
}

/** withBackend for a command about one client (`--client NAME_OR_ID`), found or exit 2. */
export function withClient(
  dbFile: string,
  wanted: string,
  work: (session: CliSession & { client: ClientSummary }) => Promise<CommandResult>,
): Promise<CommandResult> {
  return withBackend(dbFile, async (session) => {
    const found = await existingClient(session.api, wanted)
    if ('problem' in found) return { exitCode: 2, stderr: found.problem }
    return work({ ...session, client: found.client })
  })
}
