import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import type { Result } from '../../../shared/contract/result'
import type { CoachProfile } from '../../../shared/schemas/team.schema'
import { api } from '../api/backend'

interface SignedIn {
  session: string
  coach: CoachProfile
  expiresAt: string
}

/** One labelled input of the form; a field's error is announced with it. */
function Field(props: {
  label: string
  type: 'email' | 'password' | 'text'
  value: string
  onChange: (value: string) => void
  autoComplete: string
  error: string | undefined
}) {
  const id = useId()
  return (
    <div className={`field ${props.error ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type}
        value={props.value}
        autoComplete={props.autoComplete}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        required
      />
      {props.error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  )
}

/**
 * Signing in to a team server: e-mail and password, or, the first time (or after a reset), the
 * one-time code from the head coach and a password of the coach's choosing.
 */
export function SignInScreen({ onSignedIn }: { onSignedIn: (signedIn: SignedIn) => void }) {
  const [firstTime, setFirstTime] = useState(false)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [problem, setProblem] = useState<Result<SignedIn> | null>(null)
  const [busy, setBusy] = useState(false)
  const fieldError = (path: string) =>
    problem && !problem.ok ? problem.error.issues.find((i) => i.path === path)?.message : undefined

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
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
        <Field
          label="E-mail"
          type="email"
          value={email}
          onChange={setEmail}
          autoComplete="username"
          error={fieldError('email')}
        />
        {firstTime && (
          <Field
            label="Sign-in code"
            type="text"
            value={code}
            onChange={setCode}
            autoComplete="one-time-code"
            error={fieldError('code')}
          />
        )}
        <Field
          label={firstTime ? 'New password' : 'Password'}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete={firstTime ? 'new-password' : 'current-password'}
          error={fieldError('password')}
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
