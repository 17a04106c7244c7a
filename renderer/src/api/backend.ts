import { createApiClient } from '../../../shared/contract/api-client'
import type { Api, Transport } from '../../../shared/contract/api-client'
import { retryWhenBusy } from '../../../shared/contract/busy-retry'
import type { PreloadBridge } from '../../../shared/contract/ipc-channel'
import { SESSION_HEADER } from '../../../shared/contract/session-header'
import { browserSession } from './browser-session'
import { setWaitingForDatabase } from './busy-status'
import { coachSession } from '../team/coach-session'

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the browser host serves the page. */
    blockwise?: PreloadBridge
  }
}

const ipcTransport =
  (bridge: PreloadBridge): Transport =>
  (name, input) =>
    bridge.invoke(name, input)

/**
 * The browser host authorises each call by the session it gave this page, a team server by the
 * signed-in coach's session (which changes at sign-in and sign-out, so it is read at each call);
 * either is sent in a header (and the host checks that the call comes from its own page). Cookies
 * are not sent and would open nothing.
 */
function httpTransport(hostSession: string | null): Transport {
  return async (name, input) => {
    const session = coachSession() ?? hostSession
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(session ? { [SESSION_HEADER]: session } : {}),
        },
        body: JSON.stringify({ input }),
        credentials: 'omit',
      })
      // A team server answers a refused call with the contract's own error (the body says why).
      if (response.headers.get('content-type')?.startsWith('application/json')) {
        return (await response.json()) as unknown
      }
      if (response.status === 401 || response.status === 403) {
        return {
          ok: false,
          error: { code: 'unauthorized', message: await response.text(), issues: [] },
        }
      }
      return (await response.json()) as unknown
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Blockwise is not answering. Is it still running in the terminal?',
          issues: [],
        },
      }
    }
  }
}

/**
 * The one way the UI talks to the backend, over IPC in the desktop app or HTTP in a browser. A
 * call refused because another program is writing the database is retried, and the window says
 * so meanwhile, instead of the edit being lost.
 */
export const api: Api = createApiClient(
  retryWhenBusy(
    window.blockwise ? ipcTransport(window.blockwise) : httpTransport(browserSession()),
    {
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      onWaiting: setWaitingForDatabase,
    },
  ),
)
