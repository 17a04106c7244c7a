import type { Backend } from '../../server/backend'
import { initTeam } from '../../server/team/team-setup'
import type { CoachProfile } from '../../shared/schemas/team.schema'
import { FROZEN_NOW, testBackend, value } from './backend'
import { freshPostgresDatabase } from './test-database'

export interface SignedInCoach {
  coach: CoachProfile
  session: string
  /** This coach's call, as their page makes it (the session beside every call). */
  call: (name: string, input?: unknown) => ReturnType<Backend['dispatch']>
}

/** A team server's backend on a fresh PostgreSQL database: every call needs a coach's session. */
export async function teamBackend(
  options: { seedDemo?: boolean; url?: string; now?: () => Date } = {},
): Promise<Backend> {
  return testBackend({
    seedDemo: options.seedDemo ?? false,
    location: { kind: 'postgres', url: options.url ?? (await freshPostgresDatabase()) },
    coachesSignIn: true,
    ...(options.now ? { now: options.now } : {}),
  })
}

const PASSWORD = 'correct horse battery staple'

function signedIn(backend: Backend, coach: CoachProfile, session: string): SignedInCoach {
  return {
    coach,
    session,
    call: (name, input = {}) => backend.dispatch(name, input, { session, address: '127.0.0.1' }),
  }
}

/** The head coach made by `team init`, signed in with the one-time code and a new password. */
export async function headCoach(backend: Backend, email = 'head@example.com') {
  const { code } = await initTeam(
    backend.database.db,
    { id: 'coach-head', email, name: 'Hana' },
    FROZEN_NOW,
  )
  return signInWithCode(backend, email, code)
}

async function signInWithCode(backend: Backend, email: string, code: string) {
  const result = value<{ session: string; coach: CoachProfile }>(
    await backend.dispatch(
      'auth.signInWithCode',
      { email, code, password: PASSWORD },
      { address: '127.0.0.1' },
    ),
  )
  return signedIn(backend, result.coach, result.session)
}

/** A coach the head adds, signed in with their one-time code. */
export async function addedCoach(
  backend: Backend,
  head: SignedInCoach,
  who: { email: string; name: string; role?: 'head' | 'coach' },
): Promise<SignedInCoach> {
  const added = value<{ code: string }>(await head.call('team.addCoach', { role: 'coach', ...who }))
  return signInWithCode(backend, who.email, added.code)
}

export { PASSWORD }
