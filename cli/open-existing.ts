import { existsSync } from 'node:fs'
import path from 'node:path'
import { openBackend } from '../server/backend'
import type { Backend } from '../server/backend'

/** A backend on a database file that must already exist: the CLI never creates one by accident. */
export async function openExistingBackend(dbFile: string): Promise<Backend | { error: string }> {
  const file = path.resolve(dbFile)
  if (!existsSync(file)) return { error: `There is no database at ${file}.` }
  return openBackend({ dataFile: file, host: 'cli', seedDemoWhenEmpty: false })
}
