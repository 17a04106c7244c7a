import type { IncomingHttpHeaders } from 'node:http'
import { SESSION_HEADER } from '../../shared/contract/session-header'

/** The coach's session token a request carries in its header (never a cookie), if any. */
export function sessionOf(headers: IncomingHttpHeaders): string | undefined {
  const value = headers[SESSION_HEADER]
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined
}

/**
 * Whether a request comes from the team's own page: browsers send `Origin` with every POST, and it
 * must name the very host the request was sent to. A page of another site, or of another port of
 * this machine, is refused even if it somehow held a session; a script without a browser must
 * present the same header, which it can only have from signing in.
 */
export function sameOrigin(headers: IncomingHttpHeaders): boolean {
  const { origin, host } = headers
  if (!origin || !host) return false
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase()
  } catch {
    return false
  }
}
