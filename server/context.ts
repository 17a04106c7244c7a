import type { Kysely } from 'kysely'
import type { BlockSnapshots } from '../db/repositories/block.repository'
import type { FindingsMemo } from './analysis/findings-memo'
import type { KeptSurroundings } from './analysis/kept-surroundings'
import type { Database } from '../db/schema'
import type { HOST_KINDS } from '../shared/contract/contract'
import type { DownloadShelf } from './download-shelf'
import type { FolderAccess } from './folder-access'

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
}
