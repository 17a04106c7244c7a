import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { newestSource } from './newest-source.mjs'

const SOURCE_DIRS = ['shared', 'db', 'server', 'hosts', 'electron', 'renderer']
const OUTPUTS = ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html']

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
