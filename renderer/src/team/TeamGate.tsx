import { useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import type { CoachProfile } from '../../../shared/schemas/team.schema'
import { api } from '../api/backend'
import { keepCoachSession, coachSession } from './coach-session'
import { startLiveChanges } from './live-changes'
import { SignInScreen } from './SignInScreen'
import { SignedInCoach } from './team-context'

type Gate = { kind: 'loading' } | { kind: 'open'; coach: CoachProfile | null } | { kind: 'sign-in' }

/**
 * The app behind a team server's sign-in: on the desktop (no coach accounts) it opens at once; on
 * a team server it asks the coach to sign in first, then keeps the live changes flowing. The
 * server checks every call itself; this only decides what the coach sees first.
 */
export function TeamGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>({ kind: 'loading' })
  useEffect(() => {
    void api.team.me().then((result) => {
      if (result.ok) {
        if (result.value.coach) startLiveChanges(coachSession)
        setGate({ kind: 'open', coach: result.value.coach })
      } else if (result.error.code === 'unauthorized') {
        keepCoachSession(null)
        setGate({ kind: 'sign-in' })
      } else setGate({ kind: 'open', coach: null })
    })
  }, [])
  if (gate.kind === 'loading') return null
  if (gate.kind === 'sign-in') {
    return (
      <SignInScreen
        onSignedIn={({ session, coach }) => {
          keepCoachSession(session)
          startLiveChanges(coachSession)
          setGate({ kind: 'open', coach })
        }}
      />
    )
  }
  return <SignedInCoach.Provider value={gate.coach}>{children}</SignedInCoach.Provider>
}

/** The signed-in coach and Sign out, in the header of a team server's page. */
export function CoachBadge({ coach }: { coach: CoachProfile }) {
  async function signOut() {
    await api.auth.signOut()
    keepCoachSession(null)
    window.location.reload()
  }
  return (
    <span className="coach-badge">
      <span title={coach.email}>
        {coach.name} {coach.role === 'head' ? '(head coach)' : ''}
      </span>
      <button type="button" className="button-small" onClick={() => void signOut()}>
        Sign out
      </button>
    </span>
  )
}
