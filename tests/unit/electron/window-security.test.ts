import { EventEmitter } from 'node:events'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import { describe, expect, it, vi } from 'vitest'
import { bindIpc } from '../../../electron/ipc-binding'
import type { IpcLike } from '../../../electron/ipc-binding'
import { guardNavigation, isSamePage } from '../../../electron/navigation-guard'
import type { GuardedContents } from '../../../electron/navigation-guard'
import { createWindowOptions } from '../../../electron/window-options'
import { CONTENT_SECURITY_POLICY } from '../../../hosts/content-security-policy'
import { IPC_CHANNEL } from '../../../shared/contract/ipc-channel'
import { APP_INDEX_URL, appProtocolResponse } from '../../../electron/app-protocol'
import { BLOCKWISE_FUSES } from '../../../electron/fuses'
import { tempDir } from '../../support/temp-files'

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
      // Chromium's spellchecker fetches dictionaries from Google on Linux: the app is offline.
      spellcheck: false,
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

describe('the app:// protocol (the window no longer loads file://)', () => {
  /** A built renderer, with a file beside it that must stay out of reach. */
  function builtRenderer(): string {
    const rendererDir = path.join(tempDir(), 'renderer')
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Blockwise</title>')
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export {}')
    writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'not the app')
    return rendererDir
  }

  it('serves the built renderer with the app’s CSP', async () => {
    const rendererDir = builtRenderer()
    const index = await appProtocolResponse(rendererDir, APP_INDEX_URL)
    expect(index.status).toBe(200)
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(String(index.body)).toContain('<title>Blockwise')
    const script = await appProtocolResponse(rendererDir, 'app://blockwise/assets/app.js')
    expect(script.headers['Content-Type']).toContain('text/javascript')
  })

  it.each([
    'app://blockwise/../secret.txt',
    'app://blockwise/%2e%2e/secret.txt',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
    'app://blockwise/missing.html',
  ])('serves nothing for %s', async (url) => {
    expect((await appProtocolResponse(builtRenderer(), url)).status).toBe(404)
  })

  it('only the app’s own page may call the backend over IPC', () => {
    expect(isSamePage(APP_INDEX_URL)('app://blockwise/index.html#/block/b1')).toBe(true)
    expect(isSamePage(APP_INDEX_URL)('file:///opt/blockwise/out/renderer/index.html')).toBe(false)
  })
})

describe('Electron fuses for a packaged app', () => {
  it('sets every fuse @electron/fuses knows, none of them left to its default', () => {
    const known = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)))
    expect(Object.keys(BLOCKWISE_FUSES).sort()).toEqual(known.sort())
  })

  it('turns off running as Node, NODE_OPTIONS and --inspect, and loads only the checked archive', () => {
    expect(BLOCKWISE_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    })
  })
})
