import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * The main window's options, kept apart from main.ts so a test can read them without Electron.
 * Each web preference follows Electron's security checklist: the page gets no Node, runs in its
 * own JavaScript world and in the OS sandbox, and cannot load insecure or remote content.
 */
export function createWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Blockwise',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads dictionaries from Google on Linux: not offline.
      spellcheck: false,
    },
  }
}
