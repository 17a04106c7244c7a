import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeNewFile } from '../../db/files/write-new-file'

/**
 * A page that sends the browser to `url` (an address with a one-time launch code), written where
 * only this user can read it: a fresh 0700 folder, a 0600 file. The browser is started with this
 * file's path, so no secret appears in any program's arguments, which `ps` shows every user. The
 * code works once, and the page is removed a minute later or when `remove` is called.
 */
export function writeLaunchPage(url: string): { file: string; remove: () => void } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'blockwise-launch-'))
  const file = path.join(folder, 'open-blockwise.html')
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  writeNewFile(
    file,
    `<!doctype html>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=${escaped}">
<title>Opening Blockwise…</title>
<p>Opening Blockwise… <a href="${escaped}">Continue</a></p>
`,
  )
  const remove = () => rmSync(folder, { recursive: true, force: true })
  setTimeout(remove, 60_000).unref()
  return { file, remove }
}
