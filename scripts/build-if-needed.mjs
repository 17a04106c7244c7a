import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const SOURCE_DIRS = ['shared', 'db', 'electron', 'renderer']
const OUTPUTS = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html']

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs)
  }
  return newest
}

/** Runs `electron-vite build` when an output is missing or older than any source file. */
export function buildIfNeeded(root) {
  const outputs = OUTPUTS.map((f) => path.join(root, f))
  const stale =
    outputs.some((f) => !existsSync(f)) ||
    Math.min(...outputs.map((f) => statSync(f).mtimeMs)) <
      Math.max(...SOURCE_DIRS.map((d) => newestSource(path.join(root, d))))
  if (!stale) return
  console.log('Building Blockwise…')
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  if (result.status !== 0) {
    console.error('The build failed; see the messages above.')
    process.exit(1)
  }
}
