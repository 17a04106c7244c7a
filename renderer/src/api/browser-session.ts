import { SESSION_META_NAME } from '../../../shared/contract/session-header'

const STORED = 'blockwise.session'

/**
 * The browser host's API session for this page. The host serves the page once with it in a
 * `<meta>` (when opened with the printed link or a launch code); it is kept in this origin's
 * storage, which no other port or site can read, for reloads and new tabs, and sent in a header on
 * every call, never as a cookie. The spent token or launch code is taken out of the address bar.
 */
export function browserSession(): string | null {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${SESSION_META_NAME}"]`)
  const given = meta?.content ?? null
  meta?.remove()
  if (window.location.search) {
    window.history.replaceState(null, '', window.location.pathname + window.location.hash)
  }
  try {
    if (given) window.localStorage.setItem(STORED, given)
    return given ?? window.localStorage.getItem(STORED)
  } catch {
    // Storage switched off: this page keeps the session only while it is open.
    return given
  }
}
