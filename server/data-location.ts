import os from 'node:os'
import path from 'node:path'

/**
 * Where the browser host keeps its database when no --db is given: the XDG data directory
 * ($XDG_DATA_HOME/blockwise, else ~/.local/share/blockwise). The desktop app uses Electron's
 * userData folder instead.
 */
export function defaultDataDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.local', 'share')
  return path.join(base, 'blockwise')
}

export const DATABASE_FILE_NAME = 'blockwise.db'

/** Handouts go beside the database unless the coach chooses another folder. */
export const handoutsFolderFor = (dataFile: string): string =>
  path.join(path.dirname(dataFile), 'handouts')

/** Daily backups live beside the database, the newest two weeks of them. */
export const backupsFolderFor = (dataFile: string): string =>
  path.join(path.dirname(dataFile), 'backups')
export const DAILY_BACKUPS_KEPT = 14
