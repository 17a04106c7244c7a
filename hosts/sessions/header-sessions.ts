import { randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { SESSION_HEADER, SESSION_META_NAME } from '../../shared/contract/session-header'

/*
 * The API credential of a web host: a random session id the page is given once and sends back in
 * a header (SESSION_HEADER) on every call. Not a cookie: a browser sends a cookie of 127.0.0.1 to
 * every port of that address (so any local web server the coach visits receives it) and attaches
 * cookies to requests other sites make; a header is only ever sent by the page's own script, and
 * the id lives in that origin's storage, which no other port or site can read.
 */
export { SESSION_HEADER, SESSION_META_NAME }

/**
 * Live sessions of one host, each for a subject (the browser host has one coach: `true`; a team
 * server, the coach who signed in). An id is 256 random bits; it ends when the host stops, when
 * it is ended, or after `ttlMs` without use when one is given.
 */
export class HeaderSessions<Subject = true> {
  private readonly live = new Map<string, { subject: Subject; lastUsed: number }>()

  constructor(private readonly options: { ttlMs?: number; now?: () => number } = {}) {}

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }

  /** A new session for `subject`; its id goes to the page once (withSessionMeta, or a reply body). */
  start(subject: Subject): string {
    const id = randomBytes(32).toString('base64url')
    this.live.set(id, { subject, lastUsed: this.now() })
    return id
  }

  /** Whose session `id` is, or null for none, an unknown one or one that has expired. */
  subjectOf(id: string | undefined): Subject | null {
    const session = id === undefined ? undefined : this.live.get(id)
    if (!session) return null
    const { ttlMs } = this.options
    if (ttlMs !== undefined && this.now() - session.lastUsed > ttlMs) {
      this.live.delete(id!)
      return null
    }
    session.lastUsed = this.now()
    return session.subject
  }

  /** Ends a session (signing out); its id opens nothing afterwards. */
  end(id: string): void {
    this.live.delete(id)
  }
}

export type ApiVerdict<Subject> =
  { allowed: true; subject: Subject } | { allowed: false; status: 401 | 403; reason: string }

/**
 * Whether a request may call the API: it must come from the host's own page (an `Origin` header
 * equal to one of `origins`; a request without one, as curl sends, or from another port or site is
 * refused with 403) and carry a live session in SESSION_HEADER (401 without). Cookies are never
 * read: whatever a browser holds as a cookie authorises nothing here.
 */
export function authoriseApiCall<Subject>(
  headers: IncomingHttpHeaders,
  settings: { origins: readonly string[]; sessions: HeaderSessions<Subject> },
): ApiVerdict<Subject> {
  const origin = headers.origin?.toLowerCase()
  if (origin === undefined || !settings.origins.includes(origin)) {
    return {
      allowed: false,
      status: 403,
      reason: 'Only the Blockwise page itself may call its API.',
    }
  }
  const presented = headers[SESSION_HEADER]
  const subject = settings.sessions.subjectOf(typeof presented === 'string' ? presented : undefined)
  if (subject === null) {
    return {
      allowed: false,
      status: 401,
      reason: 'Open Blockwise with the link printed in the terminal where you started it.',
    }
  }
  return { allowed: true, subject }
}

/** `html` with the session handed to its script in a `<meta>` (the id is base64url: no escaping). */
export function withSessionMeta(html: string, sessionId: string): string {
  const meta = `<meta name="${SESSION_META_NAME}" content="${sessionId}">`
  return html.includes('<head>') ? html.replace('<head>', `<head>${meta}`) : `${meta}${html}`
}
