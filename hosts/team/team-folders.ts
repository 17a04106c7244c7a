import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { FolderAccess } from '../../server/folder-access'
import { DomainError } from '../../shared/contract/result'

/**
 * Where a team server writes handouts: inside one folder on the server, never one a coach names (a
 * page must not be able to write files anywhere on the server). The page gets a handle for it and
 * a download link for each file written, as the browser host gives them. Each export gets a new
 * folder of its own in there, so two coaches exporting the same client's handout (same file
 * names) neither refuse nor replace each other's files, whose links they may still be following.
 */
export function teamFolders(folder: string): FolderAccess {
  const handle = `team:${randomUUID()}`
  const choice = { folder: handle, label: 'the team server (download each file below)' }
  return {
    kind: 'dialog',
    defaultFolder: () => choice,
    choose: () => Promise.resolve(choice),
    resolve: (given) => {
      if (given === handle) return path.join(path.resolve(folder), randomUUID())
      const message = 'Handouts from the team server are offered as downloads.'
      throw new DomainError('invalid_input', message, [{ path: 'folder', message }])
    },
  }
}
