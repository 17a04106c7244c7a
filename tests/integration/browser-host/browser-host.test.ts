import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import { MAX_BODY_BYTES, startBrowserHost } from '../../../hosts/browser/server'
import type { BrowserHost } from '../../../hosts/browser/server'
import { pageCookieName } from '../../../hosts/browser/request-guard'
import { SESSION_HEADER, SESSION_META_NAME } from '../../../shared/contract/session-header'
import { writeLaunchPage } from '../../../hosts/browser/launch-page'
import { DownloadShelf } from '../../../server/download-shelf'
import { countClients } from '../../../db/repositories/client.repository'
import { PROCEDURE_NAMES } from '../../../shared/contract/contract'
import { testBackend, sqliteOf } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

const TOKEN = 'test-token-0123456789abcdef'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

// node:http rather than fetch, because fetch will not let a caller forge the Host header.
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

let backend: Backend
let host: BrowserHost
let rendererDir: string

beforeEach(async () => {
  const dir = tempDir()
  rendererDir = path.join(dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>Blockwise</title></head></html>',
  )
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer')
  backend = await testBackend()
  host = await startBrowserHost({ dispatch: backend.dispatch, rendererDir, token: TOKEN, port: 0 })
})

afterEach(async () => {
  await host.close()
  await backend.close()
})

/** What opening the app with an address gives a browser: its API session and its page cookie. */
async function openApp(port: number, query = `?token=${TOKEN}`) {
  const reply = await send(port, { path: `/${query}`, headers: { Host: `127.0.0.1:${port}` } })
  const session = new RegExp(`<meta name="${SESSION_META_NAME}" content="([\\w-]+)">`).exec(
    reply.body,
  )?.[1]
  const cookie = String(reply.headers['set-cookie'] ?? '').split(';')[0]!
  return { reply, session: session!, cookie }
}

const json = { 'Content-Type': 'application/json' }
/** The page's own call: its Origin and its session in the header. */
const own = async () => {
  const { session } = await openApp(host.port)
  return {
    Host: `127.0.0.1:${host.port}`,
    Origin: `http://127.0.0.1:${host.port}`,
    [SESSION_HEADER]: session,
  }
}
const call = (name: string, headers: Record<string, string>, input: unknown = {}) =>
  send(host.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { ...json, ...headers },
    body: JSON.stringify({ input }),
  })
const changes = () =>
  (sqliteOf(backend).sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n

describe('the browser host', () => {
  it('listens on the loopback address only', () => {
    const address = host.server.address()
    expect(address).toMatchObject({ address: '127.0.0.1' })
  })

  it('answers the contract for a call from its own page with the page’s session', async () => {
    const reply = await call('clients.list', await own())
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] })
  })

  it.each([
    ['no session', { Origin: 'ORIGIN' }, 401],
    ['a wrong session', { Origin: 'ORIGIN', [SESSION_HEADER]: 'nope' }, 401],
    [
      'the token as a Bearer (it opens the page, not the API)',
      { Origin: 'ORIGIN', Authorization: `Bearer ${TOKEN}` },
      401,
    ],
    ['the session but no Origin (curl)', { [SESSION_HEADER]: 'SESSION' }, 403],
    [
      'the session from another port',
      { Origin: 'http://127.0.0.1:1', [SESSION_HEADER]: 'SESSION' },
      403,
    ],
    [
      'the session from a foreign site',
      { Origin: 'http://evil.example', [SESSION_HEADER]: 'SESSION' },
      403,
    ],
    [
      'a foreign Host (DNS rebinding)',
      { Host: 'evil.example:PORT', Origin: 'ORIGIN', [SESSION_HEADER]: 'SESSION' },
      403,
    ],
    [
      'the right host on another port',
      { Host: '127.0.0.1:1', Origin: 'ORIGIN', [SESSION_HEADER]: 'SESSION' },
      403,
    ],
    [
      'a cross-site fetch',
      { Origin: 'ORIGIN', [SESSION_HEADER]: 'SESSION', 'Sec-Fetch-Site': 'cross-site' },
      403,
    ],
  ])('refuses an API call with %s and changes nothing', async (_what, rawHeaders, status) => {
    const { session } = await openApp(host.port)
    const fill = (v: string) =>
      v
        .replace('PORT', String(host.port))
        .replace('ORIGIN', `http://127.0.0.1:${host.port}`)
        .replace('SESSION', session)
    const headers = Object.fromEntries(
      Object.entries({ Host: '127.0.0.1:PORT', ...rawHeaders }).map(([k, v]) => [k, fill(v)]),
    )
    const reply = await call('clients.create', headers, { name: 'Intruder', goal: 'strength' })
    expect(reply.status).toBe(status)
    expect(await countClients(sqliteOf(backend).db)).toBe(0)
  })

  it.each(PROCEDURE_NAMES)(
    '%s: refused to every credential the browser holds, replayed from curl (no Origin) or another port',
    async (name) => {
      const before = changes()
      const { session, cookie } = await openApp(host.port)
      const here = `127.0.0.1:${host.port}`
      const attempts: [Record<string, string>, number][] = [
        [{ Host: here }, 403],
        [{ Host: here, Cookie: cookie }, 403],
        [{ Host: here, Cookie: cookie, Origin: 'http://127.0.0.1:1' }, 403],
        [{ Host: here, Cookie: cookie, Origin: `http://${here}` }, 401],
        [{ Host: here, Authorization: `Bearer ${TOKEN}`, Origin: `http://${here}` }, 401],
        [{ Host: here, [SESSION_HEADER]: session, Cookie: cookie }, 403],
        [{ Host: here, [SESSION_HEADER]: session, Origin: 'http://127.0.0.1:1' }, 403],
        [{ Host: here, [SESSION_HEADER]: session, Origin: 'http://evil.example' }, 403],
        [
          {
            Host: `evil.example:${host.port}`,
            [SESSION_HEADER]: session,
            Origin: `http://${here}`,
          },
          403,
        ],
      ]
      for (const [headers, status] of attempts) {
        const reply = await call(name, headers)
        expect(reply.status, JSON.stringify(headers)).toBe(status)
      }
      expect(changes()).toBe(before)
    },
  )

  it.each(['/', '/index.html'])(
    'refuses the page %s without the token or the page cookie',
    async (urlPath) => {
      const reply = await send(host.port, {
        path: urlPath,
        headers: { Host: `127.0.0.1:${host.port}` },
      })
      expect(reply.status).toBe(401)
      expect(reply.body).not.toContain('<title>Blockwise')
    },
  )

  it('opens the page with the token: its API session in the page, a page cookie for reloads, neither the token', async () => {
    const { reply, session, cookie } = await openApp(host.port)
    expect(reply.status).toBe(200)
    expect(reply.body).toContain('<title>Blockwise')
    expect(session).toMatch(/^[\w-]{40,}$/)
    expect(reply.body).not.toContain(TOKEN)
    const setCookie = String(reply.headers['set-cookie'])
    expect(setCookie).not.toContain(TOKEN)
    expect(setCookie).not.toContain(session)
    expect(cookie).toMatch(new RegExp(`^${pageCookieName(host.port)}=[\\w-]{40,}$`))
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Strict')
    expect(reply.headers['cache-control']).toBe('no-store')

    // A reload with the cookie gets the page, without a new session in it; the cookie opens no API.
    const page = await send(host.port, {
      path: '/',
      headers: { Host: `localhost:${host.port}`, Cookie: cookie },
    })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Blockwise')
    expect(page.body).not.toContain(SESSION_META_NAME)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    // The token in a cookie opens nothing: only a page cookie this host handed out does.
    const forged = await send(host.port, {
      path: '/',
      headers: { Host: `localhost:${host.port}`, Cookie: `${pageCookieName(host.port)}=${TOKEN}` },
    })
    expect(forged.status).toBe(401)
  })

  it('a session is bound to its host: another Blockwise on another port does not take it', async () => {
    const { session } = await openApp(host.port)
    const second = await startBrowserHost({
      dispatch: backend.dispatch,
      rendererDir,
      token: TOKEN,
      port: 0,
    })
    const elsewhere = await send(second.port, {
      method: 'POST',
      path: '/api/clients.list',
      headers: {
        ...json,
        Host: `127.0.0.1:${second.port}`,
        Origin: `http://127.0.0.1:${second.port}`,
        [SESSION_HEADER]: session,
      },
      body: '{"input":{}}',
    })
    expect(elsewhere.status).toBe(401)
    await second.close()
  })

  it('a launch code opens the app once, and carries no token', async () => {
    const launch = host.launchUrl()
    expect(launch).not.toContain(TOKEN)
    const target = new URL(launch).search
    const first = await openApp(host.port, target)
    expect(first.reply.status).toBe(200)
    expect(first.session).toMatch(/^[\w-]{40,}$/)
    expect(String(first.reply.headers['set-cookie'])).toContain(pageCookieName(host.port))
    const again = await openApp(host.port, target)
    expect(again.reply.status).toBe(401)
  })

  it('the launch page is readable by its owner only and holds the one-time address, not the token', () => {
    const launch = host.launchUrl()
    const page = writeLaunchPage(launch)
    expect(statSync(page.file).mode & 0o777).toBe(0o600)
    expect(statSync(path.dirname(page.file)).mode & 0o777).toBe(0o700)
    const html = readFileSync(page.file, 'utf8')
    expect(html).toContain(launch)
    expect(html).not.toContain(TOKEN)
    page.remove()
    expect(existsSync(page.file)).toBe(false)
  })

  it('never serves a file outside the built renderer', async () => {
    const { cookie } = await openApp(host.port)
    for (const urlPath of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(host.port, {
        path: urlPath,
        headers: { Host: `127.0.0.1:${host.port}`, Cookie: cookie },
      })
      expect(reply.status, urlPath).toBe(404)
      expect(reply.body).not.toContain('outside the renderer')
    }
  })

  it('refuses a body that is not JSON, is too large, or is not JSON-typed', async () => {
    const headers = await own()
    const notJson = await send(host.port, {
      method: 'POST',
      path: '/api/clients.list',
      headers: { ...json, ...headers },
      body: '{',
    })
    expect(notJson.status).toBe(400)
    const wrongType = await send(host.port, {
      method: 'POST',
      path: '/api/clients.list',
      headers: { 'Content-Type': 'text/plain', ...headers },
      body: '{"input":{}}',
    })
    expect(wrongType.status).toBe(415)
    const huge = await send(host.port, {
      method: 'POST',
      path: '/api/clients.create',
      headers: { ...json, ...headers },
      body: JSON.stringify({ input: { name: 'x'.repeat(MAX_BODY_BYTES), goal: 'strength' } }),
    })
    expect(huge.status).toBe(413)
    expect(await countClients(sqliteOf(backend).db)).toBe(0)
  })

  it('returns zod field messages for invalid input', async () => {
    const reply = await call('clients.create', await own(), {
      name: 'Ana',
      goal: 'strength',
      ageYears: 3,
    })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'ageYears', message: 'Age must be at least 10' }],
      },
    })
  })
})

describe('handout downloads in the browser host', () => {
  it('serves only files the handlers put on the shelf, as attachments, to a request the guard lets in', async () => {
    const shelf = new DownloadShelf()
    const file = path.join(tempDir(), 'Ana – Base.pdf')
    writeFileSync(file, '%PDF-1.7 test')
    const link = shelf.put(file)
    const withShelf = await startBrowserHost({
      dispatch: backend.dispatch,
      rendererDir,
      token: TOKEN,
      port: 0,
      downloads: shelf,
    })
    const { cookie } = await openApp(withShelf.port)
    const headers = { Host: `127.0.0.1:${withShelf.port}`, Cookie: cookie }
    const got = await send(withShelf.port, { path: link, headers })
    expect(got.status).toBe(200)
    expect(got.body).toBe('%PDF-1.7 test')
    expect(String(got.headers['content-disposition'])).toContain('attachment')
    expect(String(got.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('Ana – Base.pdf')}`,
    )
    const unknown = await send(withShelf.port, { path: '/downloads/nope/x.pdf', headers })
    expect(unknown.status).toBe(404)
    const stranger = await send(withShelf.port, {
      path: link,
      headers: { Host: `127.0.0.1:${withShelf.port}` },
    })
    expect(stranger.status).toBe(401)
    await withShelf.close()
  })

  it('bundles only offered files into a zip, naming two files of one name apart', () => {
    const shelf = new DownloadShelf()
    const dir = tempDir()
    const links = ['a', 'b'].map((sub) => {
      mkdirSync(path.join(dir, sub))
      const file = path.join(dir, sub, 'Ana – Base.pdf')
      writeFileSync(file, `%PDF ${sub}`)
      return shelf.put(file)
    })
    const zip = shelf.bundle(links, 'handouts.zip')
    expect(zip).toMatch(/^\/downloads\/[A-Za-z0-9_-]{22}\/handouts\.zip$/)
    expect(shelf.get(zip!.split('/')[2]!)).toEqual({
      kind: 'zip',
      name: 'handouts.zip',
      files: [path.join(dir, 'a', 'Ana – Base.pdf'), path.join(dir, 'b', 'Ana – Base.pdf')],
    })
    // A made-up address, or a zip inside a zip, is not a file this window was offered.
    expect(shelf.bundle([...links, '/downloads/AAAAAAAAAAAAAAAAAAAAAA/x.pdf'], 'z.zip')).toBeNull()
    expect(shelf.bundle([zip!], 'z.zip')).toBeNull()
  })
})
