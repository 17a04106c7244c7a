import { useState } from 'react'
import type { FormEvent } from 'react'
import type { Result } from '../../../shared/contract/result'
import type { CoachProfile } from '../../../shared/schemas/team.schema'
import { api } from '../api/backend'
import { TextField } from '../dialogs/fields'

interface SignedIn {
  session: string
  coach: CoachProfile
  expiresAt: string
}

/**
 * Signing in to a team server: e-mail and password, or, the first time (or after a reset), the
 * one-time code from the head coach and a password of the coach's choosing.
 */
export function SignInScreen({ onSignedIn }: { onSignedIn: (signedIn: SignedIn) => void }) {
  const [firstTime, setFirstTime] = useState(false)
  const [typed, setTyped] = useState({ email: '', password: '', code: '' })
  const [problem, setProblem] = useState<Result<SignedIn> | null>(null)
  const [busy, setBusy] = useState(false)
  const fieldError = (path: string) =>
    problem && !problem.ok ? problem.error.issues.find((i) => i.path === path)?.message : undefined
  /** What ties a box to what was typed: its name, its text, its message and how it changes. */
  const field = (key: keyof typeof typed) => ({
    name: key,
    value: typed[key],
    error: fieldError(key),
    onChange: (text: string) => setTyped((t) => ({ ...t, [key]: text })),
    required: true,
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    const { email, password, code } = typed
    const result = firstTime
      ? await api.auth.signInWithCode({ email, code, password })
      : await api.auth.signIn({ email, password })
    setBusy(false)
    if (result.ok) onSignedIn(result.value)
    else setProblem(result)
  }

  return (
    <main className="app-main sign-in">
      <form
        className="panel sign-in-form"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="sign-in-title"
      >
        <h2 id="sign-in-title">{firstTime ? 'First sign-in' : 'Sign in to your team'}</h2>
        {firstTime && (
          <p className="muted">
            Your head coach gave you a one-time code. Choose a password of at least 10 characters.
          </p>
        )}
        <TextField label="E-mail" type="email" autoComplete="username" {...field('email')} />
        {firstTime && (
          <TextField label="Sign-in code" autoComplete="one-time-code" {...field('code')} />
        )}
        <TextField
          label={firstTime ? 'New password' : 'Password'}
          type="password"
          autoComplete={firstTime ? 'new-password' : 'current-password'}
          {...field('password')}
        />
        {problem && !problem.ok && problem.error.issues.length === 0 && (
          <p role="alert" className="banner banner-error">
            {problem.error.message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {firstTime ? 'Choose password and sign in' : 'Sign in'}
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setFirstTime((first) => !first)
              setProblem(null)
            }}
          >
            {firstTime ? 'I have a password' : 'First sign-in (I have a code)'}
          </button>
        </div>
      </form>
    </main>
  )
}
