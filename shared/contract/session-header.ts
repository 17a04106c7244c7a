/**
 * How a web page holds its API session (hosts/sessions/header-sessions.ts): the host serves the
 * page once with the session in this `<meta>`, and the page's script sends it in this header on
 * every call. Declared here so the host and the renderer name them the same.
 */
export const SESSION_HEADER = 'x-blockwise-session'
export const SESSION_META_NAME = 'blockwise-session'
