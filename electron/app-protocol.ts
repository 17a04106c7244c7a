import { CONTENT_SECURITY_POLICY } from '../hosts/content-security-policy'
import { readStaticFile } from '../hosts/browser/static-files'

/**
 * The desktop window loads the app from app://blockwise/, a scheme of its own, rather than from
 * file://: a file:// page may read other local files and shares its origin with every file on
 * the disk; app://blockwise serves the built renderer and nothing else.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'blockwise'
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

export interface AppResponse {
  status: number
  headers: Record<string, string>
  body: Buffer | string
}

/** The answer to one app:// request: a file of the built renderer, with the app's CSP. */
export async function appProtocolResponse(rendererDir: string, url: string): Promise<AppResponse> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return notFound()
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return notFound()
  const file = await readStaticFile(rendererDir, parsed.pathname)
  if (!file) return notFound()
  return {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
    body: file.body,
  }
}

const notFound = (): AppResponse => ({
  status: 404,
  headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  body: 'Not found.',
})
