import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { DomainError } from '../shared/contract/result'

/** A folder as the page shows it (label) and sends it back (folder: a path, or a handle). */
export interface FolderChoice {
  folder: string
  label: string
}

/**
 * Where handouts may be written, and how the page names that place. The browser host lets the
 * coach type a folder (it runs as them, on their machine, and has no native dialog). The desktop
 * app writes only into a folder its main process asked the coach for in a native dialog: the page
 * holds an opaque handle, so a compromised page cannot name any other folder.
 */
export interface FolderAccess {
  kind: 'typed' | 'dialog'
  /** The folder handouts go to unless the coach chooses another. */
  defaultFolder(): FolderChoice
  /** Asks the coach for a folder (desktop); null when cancelled or where there is no dialog. */
  choose(): Promise<FolderChoice | null>
  /** The path behind what the page sent, or a field error on `folder`. */
  resolve(folder: string): string
}

/** Folders named by their path (browser host, command line, tests). */
export function typedFolders(defaultPath: string): FolderAccess {
  return {
    kind: 'typed',
    defaultFolder: () => ({ folder: defaultPath, label: defaultPath }),
    choose: () => Promise.resolve(null),
    resolve: (folder) => folder,
  }
}

/**
 * Folders chosen in the main process's dialog and named by handles only it can issue. The default
 * folder has a handle from the start.
 */
export function dialogFolders(
  defaultPath: string,
  showDialog: () => Promise<string | null>,
): FolderAccess {
  const paths = new Map<string, string>()
  const issue = (folder: string): FolderChoice => {
    const handle = `chosen:${randomUUID()}`
    paths.set(handle, path.resolve(folder))
    return { folder: handle, label: path.resolve(folder) }
  }
  const fallback = issue(defaultPath)
  return {
    kind: 'dialog',
    defaultFolder: () => fallback,
    choose: async () => {
      const chosen = await showDialog()
      return chosen === null ? null : issue(chosen)
    },
    resolve: (folder) => {
      const real = paths.get(folder)
      if (real !== undefined) return real
      const message = 'Choose the folder with “Choose folder…”.'
      throw new DomainError('invalid_input', message, [{ path: 'folder', message }])
    },
  }
}
