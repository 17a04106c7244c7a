import type { Kysely } from 'kysely'
import type { Coach } from '../db/repositories/coach.repository'
import type { BlockSnapshots } from '../db/repositories/block.repository'
import type { FindingsMemo } from './analysis/findings-memo'
import type { KeptSurroundings } from './analysis/kept-surroundings'
import type { Database } from '../db/schema'
import type { HOST_KINDS, ProcedureName } from '../shared/contract/contract'
import type { DownloadShelf } from './download-shelf'
import type { FolderAccess } from './folder-access'
import type { ChangeTarget } from './team/access-rules'

/** What a host knows of the request behind a call (a team server's HTTP request). */
export interface Caller {
  /** The signed-in coach's session token, sent by the page with every call. */
  session?: string | undefined
  /** The address the request came from (sign-in's rate limit counts per address). */
  address?: string | undefined
}

/** A team database: whether coaches sign in (blockwise serve), and that changes are recorded. */
export interface TeamSettings {
  signInRequired: boolean
  recordsChanges: boolean
}

/** Records a change in the change log, inside the caller's transaction. */
export interface ChangeRecorder {
  record(db: Kysely<Database>, target: ChangeTarget): Promise<void>
}

/** What every handler may use. The clock and id source are injected so tests are repeatable. */
export interface BackendContext {
  db: Kysely<Database>
  dataFile: string
  host: (typeof HOST_KINDS)[number]
  schemaVersion: number
  /** Recently read blocks, reused while unchanged in the database. */
  blocks: BlockSnapshots
  /** The history and readiness of blocks being edited, reused while what they read is unchanged. */
  kept: KeptSurroundings
  /** The roster check's findings of each block as last built, while its analysis stands. */
  rosterFindings: FindingsMemo
  now(): Date
  newId(): string
  /** Where handouts may be written and how the page names the folder. */
  folders: FolderAccess
  /** The browser host's download links for written files; absent in the desktop app and CLI. */
  downloads?: DownloadShelf
  /** A team database (PostgreSQL); absent for a desktop file. */
  team?: TeamSettings
  // Set per call by the dispatcher (server/team/team-gate.ts):
  /** The procedure being run. */
  procedure?: ProcedureName
  /** The request behind the call. */
  caller?: Caller
  /** The signed-in coach, on a team server. */
  coach?: Coach
  /** Where this call's writes are recorded (a team database). */
  changes?: ChangeRecorder
}
