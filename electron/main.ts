import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron'
import type { OpenDialogOptions } from 'electron'
import { openBackend } from '../server/backend'
import type { Backend } from '../server/backend'
import { appMenuTemplate } from './app-menu'
import { APP_INDEX_URL, APP_SCHEME, appProtocolResponse } from './app-protocol'
import { dialogFolders } from '../server/folder-access'
import {
  DAILY_BACKUPS_KEPT,
  DATABASE_FILE_NAME,
  backupsFolderFor,
  handoutsFolderFor,
} from '../server/data-location'
import { bindIpc } from './ipc-binding'
import { guardNavigation, isSamePage } from './navigation-guard'
import { createWindowOptions } from './window-options'

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const rendererDir = path.join(outDir, 'renderer')
const isAppUrl = isSamePage(APP_INDEX_URL)

// app:// must be known before the app is ready: a standard, secure scheme, like https.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])
let backend: Backend | undefined

// scripts/electron-native.mjs puts a better-sqlite3 built for this Electron here, leaving the
// Node build in node_modules for the browser host and the tests.
function electronSqliteBinding(): string | undefined {
  const file = path.join(
    outDir,
    'native',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  )
  return existsSync(file) ? file : undefined
}

function createMainWindow(): BrowserWindow {
  // The preload is built as CommonJS so the window can keep the OS sandbox on.
  const window = new BrowserWindow(createWindowOptions(path.join(outDir, 'preload', 'preload.cjs')))
  guardNavigation(window.webContents, isAppUrl)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(APP_INDEX_URL)
  return window
}

async function start(): Promise<void> {
  await app.whenReady()
  // No page of ours needs the camera, notifications or any other permission: refused when asked
  // for and when checked.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await appProtocolResponse(rendererDir, request.url)
    return new Response(answer.body, { status: answer.status, headers: answer.headers })
  })
  const dataFile = path.join(app.getPath('userData'), DATABASE_FILE_NAME)
  backend = await openBackend({
    dataFile,
    host: 'electron',
    seedDemoWhenEmpty: true,
    nativeBinding: electronSqliteBinding(),
    dailyBackups: { folder: backupsFolderFor(dataFile), keep: DAILY_BACKUPS_KEPT },
    // Handouts go only where the coach pointed in this process's own dialog.
    folders: dialogFolders(handoutsFolderFor(dataFile), async () => {
      const owner = BrowserWindow.getFocusedWindow()
      const properties: OpenDialogOptions['properties'] = ['openDirectory', 'createDirectory']
      const answer = owner
        ? await dialog.showOpenDialog(owner, { properties })
        : await dialog.showOpenDialog({ properties })
      return answer.canceled ? null : (answer.filePaths[0] ?? null)
    }),
  })
  if (backend.backupProblem) {
    void dialog.showMessageBox({ type: 'warning', message: backend.backupProblem })
  }
  bindIpc(ipcMain, backend.dispatch, isAppUrl)
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform === 'darwin')))
  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
}

// Any web contents created later (a devtools-less popup, a webview) gets the same guard.
app.on('web-contents-created', (_event, contents) => guardNavigation(contents, isAppUrl))
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
app.on('will-quit', () => {
  void backend?.close()
})

start().catch((error: unknown) => {
  console.error('Blockwise could not start', error)
  app.exit(1)
})
