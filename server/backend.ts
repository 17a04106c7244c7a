import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { BlockSnapshots } from '../db/repositories/block.repository'
import { FindingsMemo } from './analysis/findings-memo'
import { KeptSurroundings } from './analysis/kept-surroundings'
import { countClients } from '../db/repositories/client.repository'
import { dailyBackup } from '../db/backup'
import { openAnyDatabase } from '../db/open-database'
import type { DatabaseLocation, OpenDatabase } from '../db/open-database'
import type { BackendContext } from './context'
import { seedDemoRoster } from './demo/seed-demo'
import { seedExerciseLibrary } from '../db/repositories/exercise.repository'
import { createDispatcher } from './dispatcher'
import type { DownloadShelf } from './download-shelf'
import { typedFolders } from './folder-access'
import type { FolderAccess } from './folder-access'
import { defaultDataDirectory, handoutsFolderFor } from './data-location'
import type { Dispatch } from './dispatcher'
import { handlers } from './handlers'

/** Where the data lives: a SQLite file (`dataFile`), or a team's PostgreSQL database. */
export type BackendLocation =
  { dataFile: string; postgresUrl?: undefined } | { postgresUrl: string; dataFile?: undefined }

export type BackendOptions = BackendLocation & BackendSettings

export interface BackendSettings {
  host: BackendContext['host']
  /** Load the demo roster when the database holds no client yet. */
  seedDemoWhenEmpty: boolean
  now?: () => Date
  newId?: () => string
  /** better-sqlite3 built for another ABI (Electron's); the default build otherwise. */
  nativeBinding?: string
  /** Parse every procedure's output with its schema too (tests and development). */
  checkOutputs?: boolean
  /** Keep a daily copy of the database in `folder`, the newest `keep` of them (the app does). */
  dailyBackups?: { folder: string; keep: number }
  /** How handout folders are named; typed paths, defaulting beside the database, unless given. */
  folders?: FolderAccess
  /** Download links for written files (the browser host serves them). */
  downloads?: DownloadShelf
  /** PostgreSQL connections this backend may hold at once (default 10). */
  poolSize?: number
  /**
   * Every call must carry a signed-in coach's session (blockwise serve). Only for a team database;
   * the command line on one is its operator and needs none.
   */
  coachesSignIn?: boolean
}

function locationOf(options: BackendLocation): DatabaseLocation {
  return options.postgresUrl !== undefined
    ? { kind: 'postgres', url: options.postgresUrl }
    : { kind: 'sqlite', file: options.dataFile }
}

export interface Backend {
  dispatch: Dispatch
  database: OpenDatabase
  /** True when this start loaded the demo roster into an empty database. */
  seededDemo: boolean
  /** Why today's automatic backup is missing, when it is. */
  backupProblem: string | null
  close(): Promise<void>
}

/** Opens the database and wires the contract's handlers to it. Both hosts start here. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? (() => randomUUID())
  const database = await openAnyDatabase(locationOf(options), {
    now: now(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
  })
  // A team's handouts are written on the server, in its data folder, unless the host says where.
  const handoutsFolder =
    database.dialect === 'sqlite'
      ? handoutsFolderFor(database.filePath)
      : path.join(defaultDataDirectory(), 'team-handouts')
  const ctx: BackendContext = {
    db: database.db,
    dataFile: database.dialect === 'sqlite' ? database.filePath : database.url,
    host: options.host,
    schemaVersion: database.migration.toVersion,
    blocks: new BlockSnapshots(),
    kept: new KeptSurroundings(),
    rosterFindings: new FindingsMemo(),
    now,
    newId,
    folders: options.folders ?? typedFolders(handoutsFolder),
    ...(options.downloads ? { downloads: options.downloads } : {}),
    ...(database.dialect === 'postgres'
      ? { team: { signInRequired: options.coachesSignIn ?? false, recordsChanges: true } }
      : {}),
  }
  if (options.coachesSignIn && database.dialect !== 'postgres') {
    await database.close()
    throw new Error('Coaches sign in to a team database on PostgreSQL only.')
  }
  let backupProblem: string | null = null
  if (options.dailyBackups && database.dialect === 'sqlite') {
    const { folder, keep } = options.dailyBackups
    // A day without its automatic backup (a full disk, say) must not keep the coach out of
    // their data: the app starts and says what went wrong instead.
    try {
      await dailyBackup(database.filePath, folder, now(), keep, {
        nativeBinding: options.nativeBinding,
      })
    } catch (error) {
      backupProblem = `Today's automatic backup could not be written: ${(error as Error).message}`
    }
  }
  await seedExerciseLibrary(database.db, { now: now().toISOString(), newId })
  let seededDemo = false
  if (options.seedDemoWhenEmpty && (await countClients(database.db)) === 0) {
    await seedDemoRoster(database.db, { today: now(), newId })
    seededDemo = true
  }
  return {
    dispatch: createDispatcher(handlers, ctx, { checkOutputs: options.checkOutputs ?? false }),
    database,
    seededDemo,
    backupProblem,
    close: () => database.close(),
  }
}
