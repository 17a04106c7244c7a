import { ConfirmDialog } from '../../dialogs/ConfirmDialog'
import { dayName, sessionKind } from '../change-step-model'
import type { FutureDone } from '../future-log'

/** Asks before sessions whose day is still to come are marked done; Enter keeps them unlogged. */
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
    <ConfirmDialog
      title={`Mark ${count} future ${count === 1 ? 'session' : 'sessions'} done?`}
      yes="Log as done"
      onYes={onLog}
      no="Don’t log them"
      onNo={onCancel}
      safeFirst
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
    </ConfirmDialog>
  )
}
