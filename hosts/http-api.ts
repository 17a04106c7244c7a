import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ErrorCode, Result } from '../shared/contract/result'
import { CONTENT_SECURITY_POLICY } from './content-security-policy'

/** Large enough for a whole-roster import, small enough that one request cannot exhaust memory. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024

/** Sent with every answer of both web hosts: the page's policy, and nothing cached or framed. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}

export function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type })
  res.end(body)
}

export const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))

/** A contract failure as the page reads it, for refusals made before the dispatcher. */
export const contractError = (code: string, message: string) => ({
  ok: false,
  error: { code, message, issues: [] },
})

/** The body as text, or null when it is over the limit (read to the end but not kept). */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  // Draining rather than aborting lets the client read the 413 instead of a reset connection.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= MAX_BODY_BYTES) chunks.push(chunk)
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')
}

/**
 * The input of one contract call, `POST` with a JSON `{"input": …}` body within the limit, or
 * undefined after answering why not (405, 415, 413 or 400). A JSON content type cannot be sent
 * cross-site without a CORS preflight, which neither host grants.
 */
export async function readCallInput(
  req: IncomingMessage,
  res: ServerResponse,
): Promise<{ input: unknown } | undefined> {
  const refuse = (status: number, message: string) =>
    void sendJson(res, status, contractError('invalid_input', message))
  if (req.method !== 'POST') return refuse(405, 'Use POST.')
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return refuse(415, 'Send the input as application/json.')
  }
  const text = await readBody(req)
  if (text === null) {
    return refuse(413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`)
  }
  let envelope: unknown
  try {
    envelope = JSON.parse(text)
  } catch {
    return refuse(400, 'The request body is not valid JSON.')
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    return refuse(400, 'The request body must be {"input": …}.')
  }
  return { input: (envelope as { input?: unknown }).input }
}

/**
 * One contract call as both hosts answer it: its input read (or refused, see readCallInput), run,
 * and its Result sent with 200, or for a failure the status its host gives that code (400 if none).
 */
export async function answerCall(
  req: IncomingMessage,
  res: ServerResponse,
  run: (input: unknown) => Promise<Result<unknown>>,
  failureStatus: Partial<Record<ErrorCode, number>>,
) {
  const call = await readCallInput(req, res)
  if (!call) return
  const result = await run(call.input)
  sendJson(res, result.ok ? 200 : (failureStatus[result.error.code] ?? 400), result)
}
