import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from 'electron'
import { openBackend } from './backend/backend'
import type { Backend } from './backend/backend'
import { appMenuTemplate } from './app-menu'
import { DAILY_BACKUPS_KEPT, DATABASE_FILE_NAME, backupsFolderFor } from './data-location'
import { bindIpc } from './ipc-binding'
import { guardNavigation, isSamePage } from './navigation-guard'
import { createWindowOptions } from './window-options'

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const rendererIndex = path.join(outDir, 'renderer', 'index.html')
const isAppUrl = isSamePage(pathToFileURL(rendererIndex).href)
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
  void window.loadFile(rendererIndex)
  return window
}

async function start(): Promise<void> {
  await app.whenReady()
  // No page of ours needs the camera, notifications or any other permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  const dataFile = path.join(app.getPath('userData'), DATABASE_FILE_NAME)
  backend = await openBackend({
    dataFile,
    host: 'electron',
    seedDemoWhenEmpty: true,
    nativeBinding: electronSqliteBinding(),
    dailyBackups: { folder: backupsFolderFor(dataFile), keep: DAILY_BACKUPS_KEPT },
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
