import { createServer, request } from 'node:http'
import type { IncomingHttpHeaders, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { PROCEDURE_NAMES } from '../../shared/contract/contract'
import { SESSION_HEADER } from '../../shared/contract/session-header'
import { expect, test } from './fixtures'

/** A POST to the host's API as curl or another local server would send it: only these headers. */
function replay(
  port: number,
  name: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${name}`,
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end('{"input":{}}')
  })
}

/**
 * Another web server on this machine, on another port of 127.0.0.1, which the coach's browser
 * visits: it keeps the headers the browser sent it.
 */
async function otherLocalServer(): Promise<{
  server: Server
  port: number
  seen: IncomingHttpHeaders[]
}> {
  const seen: IncomingHttpHeaders[] = []
  const server = createServer((req, res) => {
    seen.push(req.headers)
    res.writeHead(200, { 'Content-Type': 'text/html' })
    res.end('<!doctype html><title>Some other local app</title>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return { server, port: (server.address() as AddressInfo).port, seen }
}

test('no credential the browser holds opens the API to another local server or to curl', async ({
  page,
  context,
  host,
  pageErrors,
}) => {
  const hostPort = Number(new URL(host.url).port)
  await page.goto(host.url)
  await expect(
    page.getByRole('table').getByRole('button', { name: 'Maya Okafor', exact: true }),
  ).toBeVisible()
  // The page dropped the token from its address.
  expect(page.url()).not.toContain('token=')

  // The browser visits another server on 127.0.0.1: cookies are not kept apart by port.
  const other = await otherLocalServer()
  await page.goto(`http://127.0.0.1:${other.port}/`)
  const cookieSent = other.seen.map((h) => h.cookie).find((c) => c !== undefined)
  expect(cookieSent, 'the browser sends its 127.0.0.1 cookies to every port').toContain(
    `blockwise_page_${hostPort}=`,
  )

  // Everything the browser holds for the host: its cookies, and the page's stored session.
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  await page.goto(host.origin)
  await expect(
    page.getByRole('table').getByRole('button', { name: 'Maya Okafor', exact: true }),
  ).toBeVisible()
  const session = await page.evaluate(() =>
    (
      globalThis as unknown as { localStorage: { getItem(key: string): string | null } }
    ).localStorage.getItem('blockwise.session'),
  )
  expect(session).toMatch(/^[\w-]{40,}$/)

  // They are real: the page's own call (its Origin, its session) is answered.
  const genuine = await replay(hostPort, 'clients.list', {
    Origin: host.origin,
    [SESSION_HEADER]: session!,
  })
  expect(genuine.status).toBe(200)
  const roster = genuine.body

  const otherOrigin = `http://127.0.0.1:${other.port}`
  const replays: Record<string, string>[] = [
    { Cookie: cookieSent! }, // what the other server received, replayed by curl
    { Cookie: cookies }, // every cookie of the browser, from curl (no Origin)
    { Cookie: cookies, Origin: otherOrigin }, // from a page of the other server
    { Cookie: cookies, Origin: host.origin }, // curl forging the Origin: a cookie is not a session
    { [SESSION_HEADER]: session! }, // the stored session from curl, no Origin
    { [SESSION_HEADER]: session!, Cookie: cookies }, // everything at once, no Origin
    { [SESSION_HEADER]: session!, Origin: otherOrigin }, // from another port
  ]
  expect(PROCEDURE_NAMES.length).toBeGreaterThanOrEqual(49)
  for (const name of PROCEDURE_NAMES) {
    for (const headers of replays) {
      const reply = await replay(hostPort, name, headers)
      expect([401, 403], `${name} with ${Object.keys(headers).join(', ')}`).toContain(reply.status)
    }
  }
  // Nothing was changed by any of them.
  expect(
    (await replay(hostPort, 'clients.list', { Origin: host.origin, [SESSION_HEADER]: session! }))
      .body,
  ).toBe(roster)
  other.server.close()
  expect(pageErrors).toEqual([])
})
