// `npm start`: builds if needed, opens the desktop app, and falls back to the browser host
// (saying why, in one line) where the Electron shell cannot run.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildIfNeeded } from './build-if-needed.mjs'
import { findElectron, prepareElectronSqlite } from './electron-shell.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const forceBrowser = args.includes('--browser')
const hostArgs = args.filter((a) => a !== '--browser')

function runToExit(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function startBrowserHost(reason) {
  if (reason) console.log(`Electron ${reason}; starting Blockwise in your browser instead.`)
  runToExit(process.execPath, [
    '--import',
    'tsx',
    path.join(root, 'hosts/browser/start-browser-host.ts'),
    ...hostArgs,
  ])
}

buildIfNeeded(root)
if (forceBrowser) {
  startBrowserHost(null)
} else {
  const electron = findElectron(root)
  if (!electron.binary) {
    startBrowserHost(electron.reason)
  } else {
    const driver = prepareElectronSqlite(root, electron.version)
    if (!driver.ok) startBrowserHost(driver.reason)
    else runToExit(electron.binary, [root])
  }
}
