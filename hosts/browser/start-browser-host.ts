import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openBackend } from '../../server/backend'
import { DownloadShelf } from '../../server/download-shelf'
import {
  DAILY_BACKUPS_KEPT,
  DATABASE_FILE_NAME,
  backupsFolderFor,
  defaultDataDirectory,
} from '../../server/data-location'
import { RENDERER_DIR } from '../../server/project-paths'
import { writeLaunchPage } from './launch-page'
import { startBrowserHost } from './server'

const USAGE = `Usage: blockwise-browser-host [--db FILE] [--port N] [--no-open] [--no-demo]

Serves Blockwise on 127.0.0.1 for a browser when the desktop shell is not available.
  --db FILE   database file (default: ${path.join(defaultDataDirectory(), DATABASE_FILE_NAME)})
  --port N    port to listen on (default: a free one)
  --no-open   do not open a browser window
  --no-demo   do not load the demo roster into an empty database`

/**
 * Opens the app in the desktop's browser through a launch page holding a one-time code, so
 * neither the token nor the code is in the opener's arguments. Returns how to remove the page.
 */
function openInBrowser(launchUrl: string): (() => void) | null {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  // A machine without a desktop (CI, SSH) has nothing to open; the printed address is enough.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return null
  }
  const page = writeLaunchPage(launchUrl)
  const child = spawn(command, [page.file], { detached: true, stdio: 'ignore' })
  child.on('error', () => undefined)
  child.unref()
  return page.remove
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(
      `--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}`,
    )
    process.exit(2)
  }
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    console.error(
      'The renderer is not built yet: run `npm run build` (or `npm start`, which builds it).',
    )
    process.exit(2)
  }
  const dataFile = path.resolve(values.db ?? path.join(defaultDataDirectory(), DATABASE_FILE_NAME))

  const downloads = new DownloadShelf()
  const backend = await openBackend({
    dataFile,
    host: 'browser',
    downloads,
    seedDemoWhenEmpty: !values['no-demo'],
    checkOutputs: process.env.BLOCKWISE_CHECK_OUTPUTS === '1',
    dailyBackups: { folder: backupsFolderFor(dataFile), keep: DAILY_BACKUPS_KEPT },
  })
  const host = await startBrowserHost({
    dispatch: backend.dispatch,
    rendererDir: RENDERER_DIR,
    downloads,
    token: randomBytes(24).toString('base64url'),
    port,
  })
  if (backend.database.migration.backupFile) {
    console.log(
      `Backed up the database before upgrading it: ${backend.database.migration.backupFile}`,
    )
  }
  if (backend.seededDemo) console.log('The database was empty, so the demo roster was loaded.')
  if (backend.backupProblem) console.warn(`Warning: ${backend.backupProblem}`)
  console.log(`Data: ${dataFile}`)
  console.log(`Blockwise is running at ${host.url}`)
  console.log('Press Ctrl+C to stop.')
  const removeLaunchPage = values['no-open'] ? null : openInBrowser(host.launchUrl())

  const stop = () => {
    removeLaunchPage?.()
    void host
      .close()
      .then(() => backend.close())
      .finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
