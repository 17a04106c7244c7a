import { randomBytes } from 'node:crypto'
import path from 'node:path'

/** What a download address serves: one written file, or several as one zip. */
export type ShelfItem =
  { kind: 'file'; file: string } | { kind: 'zip'; name: string; files: string[] }

/** The id inside a download address (/downloads/ID/NAME). */
const idOfAddress = (address: string) => /^\/downloads\/([A-Za-z0-9_-]{22})\//.exec(address)?.[1]

/**
 * Files the browser host offers for download: a handout is written to a folder on the machine the
 * host runs on, which a browser cannot open, so each file written gets an unguessable id and the
 * page a link (/downloads/ID/NAME). A batch's files can also be offered as one zip. Only files put
 * here are ever served, and only to a request the host's guard let in.
 */
export class DownloadShelf {
  private readonly items = new Map<string, ShelfItem>()

  private add(item: ShelfItem, name: string): string {
    const id = randomBytes(16).toString('base64url')
    this.items.set(id, item)
    return `/downloads/${id}/${encodeURIComponent(name)}`
  }

  /** The download address of `file`. */
  put(file: string): string {
    return this.add({ kind: 'file', file }, path.basename(file))
  }

  /**
   * One address for the files behind several download addresses, served as `name` (a zip), or
   * null when one of them was never put here.
   */
  bundle(addresses: readonly string[], name: string): string | null {
    const files: string[] = []
    for (const address of addresses) {
      const id = idOfAddress(address)
      const item = id === undefined ? undefined : this.items.get(id)
      if (item?.kind !== 'file') return null
      files.push(item.file)
    }
    return this.add({ kind: 'zip', name, files }, name)
  }

  /** What an id serves, if it was put here. */
  get(id: string): ShelfItem | undefined {
    return this.items.get(id)
  }
}
