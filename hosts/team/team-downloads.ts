import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ServerResponse } from 'node:http'
import { zipSync } from 'fflate'
import type { DownloadShelf } from '../../server/download-shelf'

/**
 * A handout the team server wrote, as a download. The address is the credential: 128 random bits
 * handed only to the page of the coach who exported it (a link a browser follows carries no
 * header), served by the process that wrote the file.
 */
export async function serveDownload(
  res: ServerResponse,
  pathname: string,
  shelf: DownloadShelf,
  headers: Record<string, string>,
): Promise<void> {
  const item = shelf.get(pathname.split('/')[2] ?? '')
  if (!item) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
    return void res.end('No such download (links last while the server that wrote them runs).\n')
  }
  try {
    const name = item.kind === 'file' ? path.basename(item.file) : item.name
    const body =
      item.kind === 'file'
        ? await readFile(item.file)
        : Buffer.from(
            zipSync(
              Object.fromEntries(
                await Promise.all(
                  item.files.map(async (f, i) => [
                    `${i + 1}-${path.basename(f)}`,
                    await readFile(f),
                  ]),
                ),
              ) as Record<string, Uint8Array>,
              { level: 0 },
            ),
          )
    res.writeHead(200, {
      ...headers,
      'Content-Type': item.kind === 'file' ? 'application/octet-stream' : 'application/zip',
      'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    })
    res.end(body)
  } catch {
    res.writeHead(410, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('That file is no longer there.\n')
  }
}
