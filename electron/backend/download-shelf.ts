import { randomBytes } from 'node:crypto'
import path from 'node:path'

/**
 * Files the browser host offers for download: a handout is written to a folder on the machine the
 * host runs on, which a browser cannot open, so each file written gets an unguessable id and the
 * page a link (/downloads/ID/NAME). Only files put here are ever served, and only to a request
 * the host's guard let in.
 */
export class DownloadShelf {
  private readonly files = new Map<string, string>()

  /** The download address of `file`. */
  put(file: string): string {
    const id = randomBytes(16).toString('base64url')
    this.files.set(id, file)
    return `/downloads/${id}/${encodeURIComponent(path.basename(file))}`
  }

  /** The file behind an id, if it was put here. */
  get(id: string): string | undefined {
    return this.files.get(id)
  }
}
