import { describe, expect, it } from 'vitest'
import { PROCEDURE_NAMES } from '../../../shared/contract/contract'
import { ACCESS_RULES } from '../../../server/team/access-rules'
import { RATE_LIMIT, SESSION_HOURS } from '../../../server/team/coach-auth'
import { initTeam } from '../../../server/team/team-setup'
import { FROZEN_NOW, value } from '../../support/backend'
import { PASSWORD, addedCoach, headCoach, teamBackend } from '../../support/team'

const unauthorized = { ok: false, error: { code: 'unauthorized' } }

describe('coach sessions on a team server', () => {
  it('every procedure but signing in refuses a call without a session, before reading its input', async () => {
    const backend = await teamBackend()
    await headCoach(backend)
    for (const name of PROCEDURE_NAMES) {
      const result = await backend.dispatch(name, { anything: 'at all' }, {})
      if (ACCESS_RULES[name].access === 'public') {
        expect(result, name).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      } else {
        expect(result, name).toMatchObject(unauthorized)
      }
    }
  })

  it('a session signed out is refused wherever it is replayed from; a made-up one too', async () => {
    const backend = await teamBackend()
    const head = await headCoach(backend)
    expect(value(await head.call('team.me'))).toEqual({ coach: head.coach })
    expect(value(await head.call('auth.signOut'))).toEqual({ signedOut: true })
    expect(await head.call('clients.list')).toMatchObject(unauthorized)
    const replayed = await backend.dispatch(
      'clients.list',
      {},
      {
        session: head.session,
        address: '10.0.0.99',
      },
    )
    expect(replayed).toMatchObject(unauthorized)
    expect(await backend.dispatch('clients.list', {}, { session: 'x'.repeat(43) })).toMatchObject(
      unauthorized,
    )
  })

  it(`a session expires ${SESSION_HOURS} hours after signing in`, async () => {
    let now = FROZEN_NOW
    const backend = await teamBackend({ now: () => now })
    const head = await headCoach(backend)
    now = new Date(FROZEN_NOW.getTime() + (SESSION_HOURS * 60 - 1) * 60_000)
    expect((await head.call('team.me')).ok).toBe(true)
    now = new Date(FROZEN_NOW.getTime() + SESSION_HOURS * 3_600_000 + 1000)
    expect(await head.call('team.me')).toMatchObject(unauthorized)
    // Signing in again starts a new one.
    const again = value<{ session: string }>(
      await backend.dispatch('auth.signIn', { email: head.coach.email, password: PASSWORD }, {}),
    )
    expect((await backend.dispatch('team.me', {}, { session: again.session })).ok).toBe(true)
  })

  it('a one-time code works once, for its own coach, and a wrong password says the same as an unknown e-mail', async () => {
    const backend = await teamBackend()
    const { code } = await initTeam(
      backend.database.db,
      { id: 'h1', email: 'head@example.com', name: 'Hana' },
      FROZEN_NOW,
    )
    const head = await headCoach(backend, 'second-head@example.com').catch((e: Error) => e)
    expect(head).toBeInstanceOf(Error) // team init runs once
    const withCode = (email: string) =>
      backend.dispatch('auth.signInWithCode', { email, code, password: PASSWORD }, {})
    const ana = await addedCoachViaInit(backend, code)
    expect(await withCode('head@example.com')).toMatchObject(unauthorized)
    expect(ana.coach.email).toBe('head@example.com')
    const wrong = await backend.dispatch(
      'auth.signIn',
      { email: 'head@example.com', password: 'not the password' },
      {},
    )
    const unknown = await backend.dispatch(
      'auth.signIn',
      { email: 'nobody@example.com', password: 'not the password' },
      {},
    )
    expect(wrong).toMatchObject(unauthorized)
    expect(!wrong.ok && !unknown.ok && wrong.error.message === unknown.error.message).toBe(true)
  })

  it(`sign-in is refused after ${RATE_LIMIT.perEmail} failures, even with the right password`, async () => {
    const backend = await teamBackend()
    const head = await headCoach(backend)
    const attempt = (password: string, address = '192.0.2.1') =>
      backend.dispatch('auth.signIn', { email: head.coach.email, password }, { address })
    for (let i = 0; i < RATE_LIMIT.perEmail; i++) {
      expect(await attempt(`guess number ${i}`)).toMatchObject(unauthorized)
    }
    expect(await attempt(PASSWORD)).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
    expect(await attempt(PASSWORD, '192.0.2.2')).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    })
  })

  it('a coach added by the head signs in with their own code and password', async () => {
    const backend = await teamBackend()
    const head = await headCoach(backend)
    const ana = await addedCoach(backend, head, { email: 'ana@example.com', name: 'Ana' })
    expect(ana.coach).toMatchObject({ name: 'Ana', role: 'coach' })
    const signedIn = await backend.dispatch(
      'auth.signIn',
      { email: 'ANA@example.com', password: PASSWORD },
      {},
    )
    expect(signedIn.ok).toBe(true)
    // A second coach with the same e-mail is refused, naming the field.
    expect(
      await head.call('team.addCoach', { email: 'ana@EXAMPLE.com', name: 'Ana again' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'email' }] } })
  })
})

async function addedCoachViaInit(backend: Awaited<ReturnType<typeof teamBackend>>, code: string) {
  return value<{ session: string; coach: { email: string } }>(
    await backend.dispatch(
      'auth.signInWithCode',
      { email: 'head@example.com', code, password: PASSWORD },
      {},
    ),
  )
}
