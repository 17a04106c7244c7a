import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** The latest modification time (ms) of any file under `dir`: a build older than it is stale. */
export function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs)
  }
  return newest
}
