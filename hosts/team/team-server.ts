import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Backend } from '../../server/backend'
import type { DownloadShelf } from '../../server/download-shelf'
import type { LiveFeed } from '../../server/team/live-feed'
import type { ErrorCode } from '../../shared/contract/result'
import { SECURITY_HEADERS, answerCall, contractError, send, sendJson } from '../http-api'
import { readStaticFile } from '../browser/static-files'
import { sameOrigin, sessionOf } from './team-request'
import { serveDownload } from './team-downloads'
import { streamChanges } from './live-stream'

export interface TeamServerOptions {
  backend: Backend
  feed: LiveFeed
  rendererDir: string
  downloads: DownloadShelf
  port: number
  /** The address to listen on: 127.0.0.1 unless a LAN address is asked for. */
  listen: string
}

export interface TeamServer {
  server: Server
  port: number
  url: string
  close(): Promise<void>
}

/** HTTP status of a contract answer: the page reads the body, proxies and logs the status. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  unauthorized: 401,
  rate_limited: 429,
  unknown_procedure: 404,
  internal: 500,
  busy: 503,
  storage: 503,
}

/**
 * One contract call: from the team's own page (same origin), JSON, with the coach's session in
 * its header; the dispatcher decides whether that coach may make it.
 */
function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  options: TeamServerOptions,
) {
  const caller = { session: sessionOf(req.headers), address: req.socket.remoteAddress }
  return answerCall(req, res, (input) => options.backend.dispatch(name, input, caller), STATUS)
}

async function route(req: IncomingMessage, res: ServerResponse, options: TeamServerOptions) {
  const url = new URL(req.url ?? '/', 'http://team.invalid')
  if (url.pathname.startsWith('/api/')) {
    // Another site's page (or a rebinding of its name to this address) may not call the API.
    if (!sameOrigin(req.headers)) {
      return sendJson(
        res,
        403,
        contractError('unauthorized', 'Only the Blockwise page itself may call its API.'),
      )
    }
    if (url.pathname === '/api/events') return streamChanges(req, res, options)
    return handleApi(req, res, url.pathname.slice('/api/'.length), options)
  }
  if (url.pathname.startsWith('/downloads/') && req.method === 'GET') {
    return serveDownload(res, url.pathname, options.downloads, SECURITY_HEADERS)
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.\n')
  }
  const file = await readStaticFile(options.rendererDir, url.pathname)
  if (!file && url.pathname === '/') {
    const missing = 'The app is not built on this server yet: run `npm run build` there.\n'
    return send(res, 503, 'text/plain; charset=utf-8', missing)
  }
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.\n')
  send(res, 200, file.contentType, file.body)
}

/**
 * The team server: the app's page and its API for a team's coaches, on the address asked for.
 * It holds nothing a second server process would need (sessions, rate limits and changes live in
 * PostgreSQL), so several can run behind a load balancer; only download links are per process.
 */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const server = createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => {
      console.error('team server request failed', error)
      if (!res.headersSent) sendJson(res, 500, contractError('internal', 'The request failed.'))
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.listen, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const host = options.listen.includes(':') ? `[${options.listen}]` : options.listen
  return {
    server,
    port,
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
