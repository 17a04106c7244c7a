import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { authoriseApiCall } from '../sessions/header-sessions'
import type { ApiVerdict, HeaderSessions } from '../sessions/header-sessions'

/** A new secret of `bytes` random bytes (base64url), remembered among those `issued`. */
function issue(issued: Set<string>, bytes: number): string {
  const secret = randomBytes(bytes).toString('base64url')
  issued.add(secret)
  return secret
}

/**
 * What lets a browser load the page of one host (not call its API): a cookie naming a page
 * session, handed out with the API session when the page was opened with the token or a launch
 * code. The cookie opens the page's files and the handouts offered for download, nothing on /api.
 * Launch codes open the app once, so the browser can be started without the token in any
 * program's arguments (which every user of the machine can read).
 */
export class PageAccess {
  private readonly cookies = new Set<string>()
  private readonly launchCodes = new Set<string>()

  /** A new page cookie value for a browser that proved it may open the app. */
  newCookie(): string {
    return issue(this.cookies, 32)
  }

  hasCookie(id: string | undefined): boolean {
    return id !== undefined && this.cookies.has(id)
  }

  /** A code that opens the app once, for the launch page. */
  newLaunchCode(): string {
    return issue(this.launchCodes, 24)
  }

  /** True (once) for a launch code this host issued. */
  redeem(code: string | null): boolean {
    return code !== null && this.launchCodes.delete(code)
  }
}

export interface GuardSettings {
  port: number
  token: string
  pages: PageAccess
  sessions: HeaderSessions
}

type Denied = { allowed: false; status: 401 | 403; reason: string }

/** The page cookie is named per port: cookies are shared by every port of a host. */
export function pageCookieName(port: number): string {
  return `blockwise_page_${port}`
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`)
}

export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

/**
 * What every request must pass: the Host check defeats DNS rebinding (a foreign site whose name
 * resolves to 127.0.0.1); a foreign Origin or a cross-site fetch is another page in the browser.
 */
function checkHostAndOrigin(headers: IncomingHttpHeaders, port: number): Denied | null {
  if (!headers.host || !allowedHosts(port).includes(headers.host.toLowerCase())) {
    return {
      allowed: false,
      status: 403,
      reason: 'This address is not allowed (foreign Host header).',
    }
  }
  const origin = headers.origin
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) {
    return { allowed: false, status: 403, reason: 'Requests from other sites are not allowed.' }
  }
  if (headers['sec-fetch-site'] === 'cross-site') {
    return { allowed: false, status: 403, reason: 'Requests from other sites are not allowed.' }
  }
  return null
}

/**
 * A call of the API: from this host's own page (its Origin) with the session in its header
 * (authoriseApiCall). No cookie, token or launch code opens the API.
 */
export function checkApiRequest(
  headers: IncomingHttpHeaders,
  settings: GuardSettings,
): ApiVerdict<true> {
  return (
    checkHostAndOrigin(headers, settings.port) ??
    authoriseApiCall(headers, {
      origins: allowedOrigins(settings.port),
      sessions: settings.sessions,
    })
  )
}

/**
 * A request for the page, its files or a download. `opens` is true when it carries the token or
 * a launch code in its address: the page is then served with a new session (and page cookie).
 */
export function checkPageRequest(
  headers: IncomingHttpHeaders,
  settings: GuardSettings,
  address: { token: string | null; code: string | null },
): { allowed: true; opens: boolean } | Denied {
  const denied = checkHostAndOrigin(headers, settings.port)
  if (denied) return denied
  if (
    tokensMatch(address.token ?? undefined, settings.token) ||
    settings.pages.redeem(address.code)
  )
    return { allowed: true, opens: true }
  if (settings.pages.hasCookie(cookieValue(headers.cookie, pageCookieName(settings.port))))
    return { allowed: true, opens: false }
  return {
    allowed: false,
    status: 401,
    reason: 'Open Blockwise with the link printed in the terminal where you started it.',
  }
}
