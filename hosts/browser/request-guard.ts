import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export interface GuardSettings {
  port: number
  token: string
  sessions: BrowserSessions
}

/**
 * The browser sessions of one host: random ids handed out as cookies when the page is opened with
 * the token or a launch code. The cookie never holds the token: browsers send a 127.0.0.1 cookie
 * to every port of that address, so another local web server the coach visits would receive it
 * (and the token also opens the API to scripts). A session id works only for this host, on this
 * port, while it runs. Launch codes open the app once, so the browser can be started without the
 * token in any program's arguments (which every user of the machine can read).
 */
export class BrowserSessions {
  private readonly ids = new Set<string>()
  private readonly launchCodes = new Set<string>()

  /** A new session id for a browser that proved it may open the app. */
  start(): string {
    const id = randomBytes(32).toString('base64url')
    this.ids.add(id)
    return id
  }

  has(id: string | undefined): boolean {
    return id !== undefined && this.ids.has(id)
  }

  /** A code that opens the app once, for the launch page. */
  newLaunchCode(): string {
    const code = randomBytes(24).toString('base64url')
    this.launchCodes.add(code)
    return code
  }

  /** True (once) for a launch code this host issued. */
  redeem(code: string | null): boolean {
    return code !== null && this.launchCodes.delete(code)
  }
}

export type GuardVerdict =
  { allowed: true; credential: Credential } | { allowed: false; status: 401 | 403; reason: string }

/** The session cookie is named per port: cookies are shared by every port of a host. */
export function sessionCookieName(port: number): string {
  return `blockwise_session_${port}`
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

/** This port's session cookie, if the request carries one. */
export function presentedSession(headers: IncomingHttpHeaders, port: number): string | undefined {
  return cookieValue(headers.cookie, sessionCookieName(port))
}

/** What a request proves: a session of this host, the token (Bearer or in the address), a launch code. */
export type Credential = 'session' | 'token' | 'launch-code'

/**
 * Decides whether a request may reach the app at all. The Host check defeats DNS rebinding (a
 * foreign site whose name resolves to 127.0.0.1); the Origin check stops other pages in the same
 * browser from calling the API; the token stops other local users and programs.
 */
export function checkRequest(
  headers: IncomingHttpHeaders,
  settings: GuardSettings,
  address: { token: string | null; code: string | null },
): GuardVerdict {
  if (!headers.host || !allowedHosts(settings.port).includes(headers.host.toLowerCase())) {
    return {
      allowed: false,
      status: 403,
      reason: 'This address is not allowed (foreign Host header).',
    }
  }
  const origin = headers.origin
  if (origin !== undefined && !allowedOrigins(settings.port).includes(origin.toLowerCase())) {
    return { allowed: false, status: 403, reason: 'Requests from other sites are not allowed.' }
  }
  if (headers['sec-fetch-site'] === 'cross-site') {
    return { allowed: false, status: 403, reason: 'Requests from other sites are not allowed.' }
  }
  const auth = headers.authorization
  const bearer = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined
  if (settings.sessions.has(presentedSession(headers, settings.port))) {
    return { allowed: true, credential: 'session' }
  }
  if (tokensMatch(bearer ?? address.token ?? undefined, settings.token)) {
    return { allowed: true, credential: 'token' }
  }
  if (settings.sessions.redeem(address.code)) return { allowed: true, credential: 'launch-code' }
  return {
    allowed: false,
    status: 401,
    reason: 'Open Blockwise with the link printed in the terminal where you started it.',
  }
}
