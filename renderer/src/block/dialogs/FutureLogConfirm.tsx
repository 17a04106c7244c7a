import { Dialog } from '../../dialogs/Dialog'
import { dayName, sessionKind } from '../change-step-model'
import type { FutureDone } from '../future-log'

/** Asks before sessions whose day is still to come are marked done. */
export function FutureLogConfirm({
  sessions,
  onLog,
  onCancel,
}: {
  sessions: readonly FutureDone[]
  onLog: () => void
  onCancel: () => void
}) {
  const count = sessions.length
  return (
    <Dialog
      title={`Mark ${count} future ${count === 1 ? 'session' : 'sessions'} done?`}
      onClose={onCancel}
    >
      <p>
        {count === 1 ? 'This session is' : 'These sessions are'} still to come; logged as done,{' '}
        {count === 1 ? 'it counts' : 'they count'} in the client’s history as trained.
      </p>
      <ul>
        {sessions.slice(0, 10).map(({ session, date }) => (
          <li key={session.id}>
            {dayName(session.day)} {date} {session.start}: {sessionKind(session)}
          </li>
        ))}
        {count > 10 && <li>and {count - 10} more</li>}
      </ul>
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          Don’t log them
        </button>
        <button type="button" className="button-primary" onClick={onLog}>
          Log as done
        </button>
      </div>
    </Dialog>
  )
}
