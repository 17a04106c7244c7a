import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { zipSync } from 'fflate'
import type { Dispatch } from '../../server/dispatcher'
import type { DownloadShelf, ShelfItem } from '../../server/download-shelf'
import { SECURITY_HEADERS, answerCall, contractError, send, sendJson } from '../http-api'
import { HeaderSessions, withSessionMeta } from '../sessions/header-sessions'
import { PageAccess, checkApiRequest, checkPageRequest, pageCookieName } from './request-guard'
import { readStaticFile } from './static-files'

export { MAX_BODY_BYTES } from '../http-api'

export interface BrowserHostOptions {
  dispatch: Dispatch
  rendererDir: string
  /** Files the handlers offered for download (handouts), served at /downloads/ID/NAME. */
  downloads?: DownloadShelf
  token: string
  /** 0 picks a free port. */
  port: number
}

export interface BrowserHost {
  server: Server
  port: number
  /** The address to open, token included; the page is served with its session at once. */
  url: string
  /** An address that opens the app once (for the launch page), with no token in it. */
  launchUrl(): string
  close(): Promise<void>
}

/** HTTP status of a failed contract call: a procedure that does not exist, or a fault here. */
const FAILURE_STATUS = { unknown_procedure: 404, internal: 500 } as const

/** Zip entry names for `files`: their own names, a number added where two are the same. */
function entryNames(files: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return files.map((file) => {
    const name = path.basename(file)
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    if (count === 1) return name
    const ext = path.extname(name)
    return `${name.slice(0, name.length - ext.length)} (${count})${ext}`
  })
}

/** What a shelf item is as a download: one file's bytes, or its files zipped. */
async function downloadBody(
  item: ShelfItem,
): Promise<{ name: string; type: string; body: Buffer }> {
  if (item.kind === 'file') {
    const body = await readFile(item.file)
    return { name: path.basename(item.file), type: 'application/octet-stream', body }
  }
  const names = entryNames(item.files)
  const entries: Record<string, Uint8Array> = {}
  for (const [i, file] of item.files.entries()) entries[names[i]!] = await readFile(file)
  // PDFs are already compressed: storing them (level 0) keeps a 100-client zip quick to make.
  return {
    name: item.name,
    type: 'application/zip',
    body: Buffer.from(zipSync(entries, { level: 0 })),
  }
}

/** A file (or zip of files) the handlers put on the shelf, as an attachment; nothing else. */
async function sendDownload(res: ServerResponse, id: string, shelf: DownloadShelf | undefined) {
  const item = shelf?.get(id)
  if (!item) return send(res, 404, 'text/plain; charset=utf-8', 'No such download.\n')
  let download: { name: string; type: string; body: Buffer }
  try {
    download = await downloadBody(item)
  } catch {
    return send(res, 410, 'text/plain; charset=utf-8', 'That file is no longer there.\n')
  }
  const { name, type, body } = download
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

/**
 * The page opened with the token or a launch code: index.html with a new API session in it (the
 * page's script keeps it and sends it in a header; it is never in a cookie or an address), and a
 * page cookie for reloads, the page's files and downloads. Neither holds the token.
 */
async function openPage(res: ServerResponse, rendererDir: string, port: number, guard: Guard) {
  const index = await readStaticFile(rendererDir, '/')
  if (!index) return send(res, 404, 'text/plain; charset=utf-8', 'The app is not built.\n')
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': index.contentType,
    'Cache-Control': 'no-store',
    'Set-Cookie': `${pageCookieName(port)}=${guard.pages.newCookie()}; HttpOnly; SameSite=Strict; Path=/`,
  })
  res.end(withSessionMeta(index.body.toString('utf8'), guard.sessions.start(true)))
}

interface Guard {
  pages: PageAccess
  sessions: HeaderSessions
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: BrowserHostOptions,
  port: number,
  guard: Guard,
) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const settings = { port, token: options.token, ...guard }
  if (url.pathname.startsWith('/api/')) {
    const verdict = checkApiRequest(req.headers, settings)
    if (!verdict.allowed) {
      return send(res, verdict.status, 'text/plain; charset=utf-8', `${verdict.reason}\n`)
    }
    const name = url.pathname.slice('/api/'.length)
    return answerCall(req, res, (input) => options.dispatch(name, input), FAILURE_STATUS)
  }
  const fromAddress = (name: string) => (req.method === 'GET' ? url.searchParams.get(name) : null)
  const address = { token: fromAddress('token'), code: fromAddress('code') }
  const verdict = checkPageRequest(req.headers, settings, address)
  if (!verdict.allowed) {
    return send(res, verdict.status, 'text/plain; charset=utf-8', `${verdict.reason}\n`)
  }
  if (verdict.opens) return openPage(res, options.rendererDir, port, guard)
  if (url.pathname.startsWith('/downloads/') && req.method === 'GET') {
    return sendDownload(res, url.pathname.split('/')[2] ?? '', options.downloads)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.\n')
  }
  const file = await readStaticFile(options.rendererDir, url.pathname)
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.\n')
  send(res, 200, file.contentType, file.body)
}

/** Serves the built renderer and the contract on 127.0.0.1 only, behind the request guard. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  let port = options.port
  const guard: Guard = { pages: new PageAccess(), sessions: new HeaderSessions() }
  const server = createServer((req, res) => {
    route(req, res, options, port, guard).catch((error: unknown) => {
      console.error('browser host request failed', error)
      if (!res.headersSent) sendJson(res, 500, contractError('internal', 'The request failed.'))
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    launchUrl: () => `http://127.0.0.1:${port}/?code=${guard.pages.newLaunchCode()}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
