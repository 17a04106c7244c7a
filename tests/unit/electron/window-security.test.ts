import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { bindIpc } from '../../../electron/ipc-binding'
import type { IpcLike } from '../../../electron/ipc-binding'
import { guardNavigation, isSamePage } from '../../../electron/navigation-guard'
import type { GuardedContents } from '../../../electron/navigation-guard'
import { createWindowOptions } from '../../../electron/window-options'
import { CONTENT_SECURITY_POLICY } from '../../../electron/content-security-policy'
import { IPC_CHANNEL } from '../../../shared/contract/ipc-channel'

const APP_URL = 'file:///opt/blockwise/out/renderer/index.html'

describe('the main window', () => {
  it('follows the Electron security checklist', () => {
    const options = createWindowOptions('/opt/blockwise/out/preload/preload.cjs')
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/blockwise/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
  })

  it('has a strict content security policy with no remote or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/)
  })
})

class FakeContents extends EventEmitter implements GuardedContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.openHandler = handler
  }
  /** Emits a navigation and reports whether the guard cancelled it. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false
    this.emit(event, { preventDefault: () => (prevented = true) }, url)
    return prevented
  }
}

describe('the navigation guard', () => {
  const contents = new FakeContents()
  guardNavigation(contents, isSamePage(APP_URL))

  it.each([
    ['will-navigate', 'https://example.com/'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-redirect', 'http://127.0.0.1:9999/'],
  ] as const)('cancels %s to %s', (event, url) => {
    expect(contents.navigate(event, url)).toBe(true)
  })

  it("lets the app's own page reload (hash changes included)", () => {
    expect(contents.navigate('will-navigate', `${APP_URL}#/roster`)).toBe(false)
  })

  it('denies every new window and webview', () => {
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    let prevented = false
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
  })
})

describe('the IPC binding', () => {
  function bound() {
    let listener: Parameters<IpcLike['handle']>[1] | undefined
    const channels: string[] = []
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: 'answer' }))
    bindIpc(
      { handle: (channel, l) => ((listener = l), channels.push(channel)) },
      dispatch,
      isSamePage(APP_URL),
    )
    return {
      call: (url: string | null, ...args: unknown[]) =>
        listener!({ senderFrame: url === null ? null : { url } }, ...args),
      channels,
      dispatch,
    }
  }

  it('registers one channel for every procedure', () => {
    expect(bound().channels).toEqual([IPC_CHANNEL])
  })

  it("passes calls from the app's page to the dispatcher", async () => {
    const { call, dispatch } = bound()
    expect(await call(APP_URL, 'clients.list', {})).toEqual({ ok: true, value: 'answer' })
    expect(dispatch).toHaveBeenCalledWith('clients.list', {})
  })

  it.each([['https://example.com/'], ['file:///tmp/other.html'], [null]])(
    'refuses calls from %s',
    async (url) => {
      const { call, dispatch } = bound()
      expect(await call(url, 'clients.list', {})).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      })
      expect(dispatch).not.toHaveBeenCalled()
    },
  )
})
