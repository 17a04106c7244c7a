import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Backend } from '../../server/backend'
import type { DownloadShelf } from '../../server/download-shelf'
import type { LiveFeed } from '../../server/team/live-feed'
import { CONTENT_SECURITY_POLICY } from '../content-security-policy'
import { readStaticFile } from '../browser/static-files'
import { sameOrigin, sessionOf } from './team-request'
import { serveDownload } from './team-downloads'
import { streamChanges } from './live-stream'

/** Large enough for a whole-roster import, small enough that one request cannot exhaust memory. */
const MAX_BODY_BYTES = 8 * 1024 * 1024

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

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type })
  res.end(body)
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))

const failure = (code: string, message: string) => ({
  ok: false,
  error: { code, message, issues: [] },
})

/** HTTP status of a contract answer: the page reads the body, proxies and logs the status. */
const STATUS: Record<string, number> = {
  unauthorized: 401,
  rate_limited: 429,
  unknown_procedure: 404,
  internal: 500,
  busy: 503,
  storage: 503,
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= MAX_BODY_BYTES) chunks.push(chunk)
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')
}

/**
 * One contract call: from the team's own page (same origin), JSON, with the coach's session in
 * its header; the dispatcher decides whether that coach may make it.
 */
async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  options: TeamServerOptions,
) {
  if (req.method !== 'POST') return sendJson(res, 405, failure('invalid_input', 'Use POST.'))
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return sendJson(res, 415, failure('invalid_input', 'Send the input as application/json.'))
  }
  const text = await readBody(req)
  if (text === null) {
    return sendJson(res, 413, failure('invalid_input', 'The request is larger than 8 MB.'))
  }
  let envelope: unknown
  try {
    envelope = JSON.parse(text)
  } catch {
    return sendJson(res, 400, failure('invalid_input', 'The request body is not valid JSON.'))
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    return sendJson(res, 400, failure('invalid_input', 'The request body must be {"input": …}.'))
  }
  const result = await options.backend.dispatch(name, (envelope as { input?: unknown }).input, {
    session: sessionOf(req.headers),
    address: req.socket.remoteAddress,
  })
  sendJson(res, result.ok ? 200 : (STATUS[result.error.code] ?? 400), result)
}

async function route(req: IncomingMessage, res: ServerResponse, options: TeamServerOptions) {
  const url = new URL(req.url ?? '/', 'http://team.invalid')
  if (url.pathname.startsWith('/api/')) {
    // Another site's page (or a rebinding of its name to this address) may not call the API.
    if (!sameOrigin(req.headers)) {
      return sendJson(
        res,
        403,
        failure('unauthorized', 'Only the Blockwise page itself may call its API.'),
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
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'The request failed.'))
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
