import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import { MAX_BODY_BYTES, startBrowserHost } from '../../../hosts/browser/server'
import type { BrowserHost } from '../../../hosts/browser/server'
import { sessionCookieName } from '../../../hosts/browser/request-guard'
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
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Blockwise</title>')
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer')
  backend = await testBackend()
  host = await startBrowserHost({ dispatch: backend.dispatch, rendererDir, token: TOKEN, port: 0 })
})

afterEach(async () => {
  await host.close()
  await backend.close()
})

const own = () => ({ Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${TOKEN}` })
const json = { 'Content-Type': 'application/json' }
const callList = (headers: Record<string, string>) =>
  send(host.port, {
    method: 'POST',
    path: '/api/clients.list',
    headers: { ...json, ...headers },
    body: '{"input":{}}',
  })

describe('the browser host', () => {
  it('listens on the loopback address only', () => {
    const address = host.server.address()
    expect(address).toMatchObject({ address: '127.0.0.1' })
  })

  it('answers the contract for a request with the token', async () => {
    const reply = await callList(own())
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] })
  })

  it.each([
    ['no token', { Host: '127.0.0.1:PORT' }, 401],
    ['a wrong token', { Host: '127.0.0.1:PORT', Authorization: 'Bearer nope' }, 401],
    [
      'a foreign Origin',
      {
        ...{ Authorization: `Bearer ${TOKEN}` },
        Host: '127.0.0.1:PORT',
        Origin: 'http://evil.example',
      },
      403,
    ],
    [
      'a foreign Host (DNS rebinding)',
      { Authorization: `Bearer ${TOKEN}`, Host: 'evil.example:PORT' },
      403,
    ],
    [
      'the right host on another port',
      { Authorization: `Bearer ${TOKEN}`, Host: '127.0.0.1:1' },
      403,
    ],
    [
      'a cross-site fetch',
      { Authorization: `Bearer ${TOKEN}`, Host: '127.0.0.1:PORT', 'Sec-Fetch-Site': 'cross-site' },
      403,
    ],
  ])('refuses an API call with %s and changes nothing', async (_what, rawHeaders, status) => {
    const headers = Object.fromEntries(
      Object.entries(rawHeaders).map(([k, v]) => [k, v.replace('PORT', String(host.port))]),
    )
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/clients.create',
      headers: { ...json, ...headers },
      body: JSON.stringify({ input: { name: 'Intruder', goal: 'strength' } }),
    })
    expect(reply.status).toBe(status)
    expect(await countClients(backend.database.db)).toBe(0)
  })

  it.each(PROCEDURE_NAMES)(
    '%s: refused without the token, from a foreign Origin and for a foreign Host',
    async (name) => {
      const changes = () =>
        (sqliteOf(backend).sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n
      const before = changes()
      const attempts: [Record<string, string>, number][] = [
        [{ Host: `127.0.0.1:${host.port}` }, 401],
        [{ ...own(), Origin: 'http://evil.example' }, 403],
        [{ Authorization: `Bearer ${TOKEN}`, Host: `evil.example:${host.port}` }, 403],
      ]
      for (const [headers, status] of attempts) {
        const reply = await send(host.port, {
          method: 'POST',
          path: `/api/${name}`,
          headers: { ...json, ...headers },
          body: JSON.stringify({ input: {} }),
        })
        expect(reply.status, JSON.stringify(headers)).toBe(status)
      }
      expect(changes()).toBe(before)
    },
  )

  it.each(['/', '/index.html', '/api/clients.list'])(
    'refuses %s without the token',
    async (urlPath) => {
      const reply = await send(host.port, {
        path: urlPath,
        headers: { Host: `127.0.0.1:${host.port}` },
      })
      expect(reply.status).toBe(401)
      expect(reply.body).not.toContain('<title>Blockwise')
    },
  )

  it('trades the token in the address for a session cookie that never holds the token (M6)', async () => {
    const reply = await send(host.port, {
      path: `/?token=${TOKEN}`,
      headers: { Host: `localhost:${host.port}` },
    })
    expect(reply.status).toBe(303)
    expect(reply.headers.location).toBe('/')
    const cookie = String(reply.headers['set-cookie'])
    expect(cookie).not.toContain(TOKEN)
    expect(cookie).toMatch(new RegExp(`^${sessionCookieName(host.port)}=[\\w-]{40,};`))
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    const session = cookie.split(';')[0]!

    const page = await send(host.port, {
      path: '/',
      headers: { Host: `localhost:${host.port}`, Cookie: session },
    })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Blockwise')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    // The token in a cookie opens nothing: only a session this host handed out does.
    const forged = await send(host.port, {
      path: '/',
      headers: {
        Host: `localhost:${host.port}`,
        Cookie: `${sessionCookieName(host.port)}=${TOKEN}`,
      },
    })
    expect(forged.status).toBe(401)
  })

  it('a session is bound to its host: another Blockwise on another port does not take it', async () => {
    const reply = await send(host.port, {
      path: `/?token=${TOKEN}`,
      headers: { Host: `127.0.0.1:${host.port}` },
    })
    const sessionId = String(reply.headers['set-cookie']).split(';')[0]!.split('=')[1]!
    const second = await startBrowserHost({
      dispatch: backend.dispatch,
      rendererDir,
      token: TOKEN,
      port: 0,
    })
    const elsewhere = await send(second.port, {
      path: '/',
      headers: {
        Host: `127.0.0.1:${second.port}`,
        Cookie: `${sessionCookieName(second.port)}=${sessionId}`,
      },
    })
    expect(elsewhere.status).toBe(401)
    await second.close()
  })

  it('a launch code opens the app once, and carries no token', async () => {
    const launch = host.launchUrl()
    expect(launch).not.toContain(TOKEN)
    const target = new URL(launch).pathname + new URL(launch).search
    const first = await send(host.port, {
      path: target,
      headers: { Host: `127.0.0.1:${host.port}` },
    })
    expect(first.status).toBe(303)
    expect(String(first.headers['set-cookie'])).toContain(sessionCookieName(host.port))
    const again = await send(host.port, {
      path: target,
      headers: { Host: `127.0.0.1:${host.port}` },
    })
    expect(again.status).toBe(401)
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
    for (const urlPath of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(host.port, { path: urlPath, headers: own() })
      expect(reply.status, urlPath).toBe(404)
      expect(reply.body).not.toContain('outside the renderer')
    }
  })

  it('refuses a body that is not JSON, is too large, or is not JSON-typed', async () => {
    const notJson = await send(host.port, {
      method: 'POST',
      path: '/api/clients.list',
      headers: { ...json, ...own() },
      body: '{',
    })
    expect(notJson.status).toBe(400)
    const wrongType = await send(host.port, {
      method: 'POST',
      path: '/api/clients.list',
      headers: { 'Content-Type': 'text/plain', ...own() },
      body: '{"input":{}}',
    })
    expect(wrongType.status).toBe(415)
    const huge = await send(host.port, {
      method: 'POST',
      path: '/api/clients.create',
      headers: { ...json, ...own() },
      body: JSON.stringify({ input: { name: 'x'.repeat(MAX_BODY_BYTES), goal: 'strength' } }),
    })
    expect(huge.status).toBe(413)
    expect(await countClients(backend.database.db)).toBe(0)
  })

  it('returns zod field messages for invalid input', async () => {
    const reply = await send(host.port, {
      method: 'POST',
      path: '/api/clients.create',
      headers: { ...json, ...own() },
      body: JSON.stringify({ input: { name: 'Ana', goal: 'strength', ageYears: 3 } }),
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
    const headers = { Host: `127.0.0.1:${withShelf.port}`, Authorization: `Bearer ${TOKEN}` }
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
