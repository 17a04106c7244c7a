import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { notABlockwiseDatabase } from '../db/files/database-file'
import { claimNewFile } from '../db/files/write-new-file'
import { countClients } from '../db/repositories/client.repository'
import { openBackend } from '../server/backend'
import { seedDemoRoster } from '../server/demo/seed-demo'
import type { CommandResult } from './command-result'

/**
 * `blockwise demo --db FILE`: writes the demo roster into a new file, or into a Blockwise
 * database with no clients yet; any other file is refused and left as it is.
 */
export async function demoCommand(dbFile: string): Promise<CommandResult> {
  const file = path.resolve(dbFile)
  const existed = existsSync(file)
  if (existed) {
    const problem = notABlockwiseDatabase(file)
    if (problem) return { exitCode: 2, stderr: problem }
  } else claimNewFile(file) // no stray log of another database where the new one goes
  const backend = await openBackend({ dataFile: file, host: 'cli', seedDemoWhenEmpty: false })
  try {
    const clients = await countClients(backend.database.db)
    if (clients > 0) {
      return {
        exitCode: 2,
        stderr: `${file} already holds ${clients} client(s); the demo roster is only written to a new or empty database.`,
      }
    }
    const written = await seedDemoRoster(backend.database.db, {
      today: new Date(),
      newId: randomUUID,
    })
    return {
      exitCode: 0,
      stdout: `Wrote the demo roster (${written} clients with active blocks) to ${existed ? 'the empty database' : 'a new database'} ${file}`,
    }
  } finally {
    await backend.close()
  }
}
