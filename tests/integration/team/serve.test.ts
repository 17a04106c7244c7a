import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveTeam } from '../../../hosts/team/serve-team'
import type { ServingTeam } from '../../../hosts/team/serve-team'
import { initTeam } from '../../../server/team/team-setup'
import { PROCEDURE_NAMES } from '../../../shared/contract/contract'
import { ACCESS_RULES } from '../../../server/team/access-rules'
import { PASSWORD } from '../../support/team'
import { freshPostgresDatabase } from '../../support/test-database'
import { tempDir } from '../../support/temp-files'

/** The team server over HTTP, as a browser (or anything else on the network) reaches it. */
let serving: ServingTeam
let base: string
let origin: string

const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
    body: JSON.stringify(body),
  })

async function signIn(email: string, code: string): Promise<string> {
  const reply = await post('/api/auth.signInWithCode', {
    input: { email, code, password: PASSWORD },
  })
  const body = (await reply.json()) as { ok: boolean; value: { session: string } }
  expect(body.ok).toBe(true)
  return body.value.session
}

const asCoach = (session: string) => ({ 'x-blockwise-session': session })

beforeAll(async () => {
  const renderer = tempDir()
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Blockwise</title>')
  serving = await serveTeam({
    pgUrl: await freshPostgresDatabase(),
    port: 0,
    listen: '127.0.0.1',
    rendererDir: renderer,
    handoutsDir: path.join(renderer, 'handouts'),
  })
  base = `http://127.0.0.1:${serving.server.port}`
  origin = base
})
afterAll(() => serving.stop())

describe('blockwise serve: the team server over HTTP', () => {
  it('serves the page to anyone (it is the sign-in screen) and the API only to a signed-in coach', async () => {
    const page = await fetch(`${base}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    const { code } = await initTeam(
      serving.backend.database.db,
      { id: 'head', email: 'hana@example.com', name: 'Hana' },
      new Date(),
    )
    const session = await signIn('hana@example.com', code)
    const listed = await post('/api/clients.list', { input: {} }, asCoach(session))
    expect(listed.status).toBe(200)
    expect(await listed.json()).toEqual({ ok: true, value: [] })
  })

  it('refuses every procedure without a session (401), from another origin or none (403), and a cookie opens nothing', async () => {
    const { code } = await initTeam(
      serving.backend.database.db,
      { id: 'head2', email: 'head2@example.com', name: 'Second' },
      new Date(),
    ).catch(() => ({ code: '' }))
    expect(code).toBe('') // one team init per database
    for (const name of PROCEDURE_NAMES.filter((n) => ACCESS_RULES[n].access !== 'public')) {
      const none = await post(`/api/${name}`, { input: {} })
      expect(none.status, name).toBe(401)
      expect(((await none.json()) as { error: { code: string } }).error.code).toBe('unauthorized')
    }
    const session = await signInAgain()
    const foreign = await post(
      '/api/clients.list',
      { input: {} },
      {
        ...asCoach(session),
        Origin: 'http://127.0.0.1:1',
      },
    )
    expect(foreign.status).toBe(403)
    const noOrigin = await fetch(`${base}/api/clients.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...asCoach(session) },
      body: '{"input":{}}',
    })
    expect(noOrigin.status).toBe(403)
    const cookie = await post(
      '/api/clients.list',
      { input: {} },
      {
        Cookie: `blockwise_session=${session}; x-blockwise-session=${session}`,
      },
    )
    expect(cookie.status).toBe(401)
  })

  it('a signed-out session is refused when replayed; the live stream closes for it', async () => {
    const session = await signInAgain()
    const stream = await post('/api/events', {}, asCoach(session))
    expect(stream.headers.get('content-type')).toContain('text/event-stream')
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader()
    expect((await reader.read()).value).toContain('event: ready')
    expect((await post('/api/auth.signOut', { input: {} }, asCoach(session))).status).toBe(200)
    expect((await post('/api/clients.list', { input: {} }, asCoach(session))).status).toBe(401)
    expect((await post('/api/events', {}, asCoach(session))).status).toBe(401)
    await reader.cancel()
  })

  it('pushes a coach’s save to another coach’s open stream within 2 s, and only to coaches who may see it', async () => {
    const head = await signInAgain()
    const added = (await (
      await post(
        '/api/team.addCoach',
        { input: { email: 'ana@example.com', name: 'Ana' } },
        asCoach(head),
      )
    ).json()) as { value: { code: string; coach: { id: string } } }
    const ana = await signIn('ana@example.com', added.value.code)
    const client = (await (
      await post('/api/clients.create', { input: { name: 'Lee', goal: 'hybrid' } }, asCoach(head))
    ).json()) as { value: { id: string } }
    const block = (await (
      await post(
        '/api/blocks.create',
        {
          input: {
            clientId: client.value.id,
            name: 'Base',
            startDate: '2026-11-30',
            weeks: [{ phase: 'build' }],
          },
        },
        asCoach(head),
      )
    ).json()) as { value: { id: string; revision: number } }

    // Ana does not see Lee (the head's client): a save of Lee's block is not pushed to her.
    const anaStream = await post('/api/events', {}, asCoach(ana))
    const anaReader = anaStream.body!.pipeThrough(new TextDecoderStream()).getReader()
    await anaReader.read() // ready
    const headStream = await post('/api/events', {}, asCoach(head))
    const headReader = headStream.body!.pipeThrough(new TextDecoderStream()).getReader()
    await headReader.read() // ready

    const saved = Date.now()
    const reply = await post(
      '/api/blocks.updateWeeks',
      { input: { id: block.value.id, revision: block.value.revision, weeks: [{ phase: 'base' }] } },
      asCoach(head),
    )
    expect(reply.status).toBe(200)
    let text = ''
    while (!text.includes('event: change')) text += (await headReader.read()).value ?? ''
    const pushedAfter = Date.now() - saved
    expect(pushedAfter).toBeLessThan(2000)
    const data = JSON.parse(text.split('event: change\ndata: ')[1]!.split('\n')[0]!) as {
      blockId: string
      revision: number
      coachName: string
    }
    expect(data).toMatchObject({ blockId: block.value.id, revision: 2, coachName: 'Hana' })

    // Shared with Ana, the next save reaches her too.
    await post(
      '/api/team.shareClient',
      { input: { clientId: client.value.id, coachId: added.value.coach.id } },
      asCoach(head),
    )
    await post(
      '/api/blocks.updateWeeks',
      { input: { id: block.value.id, revision: 2, weeks: [{ phase: 'peak' }] } },
      asCoach(head),
    )
    let anaText = ''
    while (!anaText.includes(`"revision":3`)) anaText += (await anaReader.read()).value ?? ''
    expect(anaText).not.toContain(`"revision":2`)
    await anaReader.cancel()
    await headReader.cancel()
  })

  it('writes each handout export into a folder of its own, so two exports of one client both come back as downloads', async () => {
    const head = await signInAgain()
    const call = async <T>(name: string, input: unknown) => {
      const body = (await (await post(`/api/${name}`, { input }, asCoach(head))).json()) as {
        ok: boolean
        value: T
      }
      expect(body.ok, `${name}: ${JSON.stringify(body)}`).toBe(true)
      return body.value
    }
    const client = await call<{ id: string }>('clients.create', { name: 'Kim', goal: 'hybrid' })
    await call('blocks.create', {
      clientId: client.id,
      name: 'Base',
      startDate: '2026-11-30',
      weeks: [{ phase: 'build' }],
      status: 'active',
    })
    const { chosen } = await call<{ chosen: { folder: string } }>('handouts.chooseFolder', {})
    const exported = () =>
      call<{ files: string[]; downloads: string[] }>('handouts.export', {
        clientId: client.id,
        folder: chosen.folder,
        pdf: false,
        csv: true,
      })
    const first = await exported()
    const second = await exported() // the same file name, and no replace asked
    expect(path.basename(second.files[0]!)).toBe(path.basename(first.files[0]!))
    expect(second.files[0]).not.toBe(first.files[0])
    for (const download of [...first.downloads, ...second.downloads]) {
      const file = await fetch(`${base}${download}`)
      expect(file.status).toBe(200)
      expect(await file.text()).toMatch(/^Client,Block,Week/)
    }
  })
})

/** The head coach signed in with a password (the code was used by the first test). */
async function signInAgain(): Promise<string> {
  const reply = await post('/api/auth.signIn', {
    input: { email: 'hana@example.com', password: PASSWORD },
  })
  const body = (await reply.json()) as { ok: boolean; value: { session: string } }
  expect(body.ok).toBe(true)
  return body.value.session
}
