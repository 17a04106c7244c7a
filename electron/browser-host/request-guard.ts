import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export interface GuardSettings {
  port: number
  token: string
}

export type GuardVerdict = { allowed: true } | { allowed: false; status: 401 | 403; reason: string }

/** The cookie holds the token per port: cookies are shared by every port of a host. */
export function tokenCookieName(port: number): string {
  return `blockwise_token_${port}`
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

/** The token a request carries: `Authorization: Bearer …` or this port's cookie. */
export function presentedToken(headers: IncomingHttpHeaders, port: number): string | undefined {
  const auth = headers.authorization
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length)
  return cookieValue(headers.cookie, tokenCookieName(port))
}

/**
 * Decides whether a request may reach the app at all. The Host check defeats DNS rebinding (a
 * foreign site whose name resolves to 127.0.0.1); the Origin check stops other pages in the same
 * browser from calling the API; the token stops other local users and programs.
 */
export function checkRequest(
  headers: IncomingHttpHeaders,
  settings: GuardSettings,
  urlToken: string | null,
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
  const token = presentedToken(headers, settings.port) ?? urlToken ?? undefined
  if (!tokensMatch(token, settings.token)) {
    return {
      allowed: false,
      status: 401,
      reason: 'Open Blockwise with the link printed in the terminal where you started it.',
    }
  }
  return { allowed: true }
}
