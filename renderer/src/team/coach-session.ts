/**
 * A team server's session, as the page holds it after signing in: in this origin's storage (no
 * other site or port can read it), sent in a header with every call, never as a cookie.
 */
const KEY = 'blockwise.coach-session'

export function coachSession(): string | null {
  try {
    return window.localStorage.getItem(KEY)
  } catch {
    return memory
  }
}

let memory: string | null = null

export function keepCoachSession(session: string | null): void {
  memory = session
  try {
    if (session === null) window.localStorage.removeItem(KEY)
    else window.localStorage.setItem(KEY, session)
  } catch {
    // Storage switched off: the session lasts while this page is open.
  }
}
