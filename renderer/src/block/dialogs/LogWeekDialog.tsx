import { useMemo, useState } from 'react'
import { sessionDate } from '../../../../shared/plans/calendar'
import type { Block } from '../../../../shared/schemas/block.schema'
import { FormDialog } from '../../dialogs/FormDialog'
import { InlineSelect } from '../../dialogs/fields'
import { LOGGED, dayName, rewriteStep, sessionKind } from '../change-step-model'
import { logRowOf, loggedSessions } from './log-week-model'
import type { LogRow } from './log-week-model'
import type { EditStep } from '../sheet/edit-history'
import { TableHead } from '../../ui/TableHead'

interface Props {
  block: Block
  /** The week shown first (0-based): the one holding today, when the block does. */
  week: number
  /** Saves the step; false when it was not (a future session the coach chose not to log). */
  apply: (step: EditStep) => Promise<boolean>
  onClose: () => void
}

/**
 * "Log the week": per session of a week, tick Done (then type the actual RPE and minutes) or
 * Skipped, with the keyboard only: Tab walks the row, Space ticks. Saved as one step that Undo
 * reverts; what is logged feeds the client's history and the findings at once.
 */
export function LogWeekDialog({ block, week: firstWeek, apply, onClose }: Props) {
  const [week, setWeek] = useState(firstWeek)
  const sessions = useMemo(
    () =>
      block.sessions
        .filter((s) => s.weekIndex === week)
        .sort((a, b) => a.day - b.day || a.start.localeCompare(b.start)),
    [block.sessions, week],
  )
  const [rows, setRows] = useState<Map<string, LogRow>>(
    () => new Map(block.sessions.map((s) => [s.id, logRowOf(s)])),
  )
  const [problems, setProblems] = useState<Map<string, string>>(new Map())
  const change = (id: string, next: Partial<LogRow>) =>
    setRows((all) => new Map(all).set(id, { ...all.get(id)!, ...next }))

  async function save() {
    const result = loggedSessions(
      sessions,
      sessions.map((s) => rows.get(s.id)!),
    )
    if ('problems' in result) return setProblems(result.problems)
    const step = rewriteStep(`log week ${week + 1}`, block.sessions, result.sessions, LOGGED)
    // Not saved (the coach kept future sessions unlogged): the ticks stay to be changed.
    if (step.redo.length > 0 && !(await apply(step))) return
    onClose()
  }

  return (
    <FormDialog
      title="Log the week"
      onClose={onClose}
      onSubmit={() => void save()}
      submit="Save the log"
      className="log-week"
      wide
    >
      <InlineSelect
        label="Week"
        value={week}
        options={block.weeks.map((w, i) => ({
          value: i,
          label: `${i + 1} · from ${sessionDate(block.startDate, i, 0)}${w.deload ? ' (deload)' : ''}`,
        }))}
        onChange={setWeek}
      />
      <table className="log-table">
        <TableHead columns={['Day', 'Session', 'Done', 'Skipped', 'Actual RPE', 'Actual min']} />
        <tbody>
          {sessions.map((s) => {
            const row = rows.get(s.id)!
            const name = `${dayName(s.day)} ${s.start} ${sessionKind(s)}`
            const problem = problems.get(s.id)
            return (
              <tr key={s.id} aria-label={name} aria-invalid={problem ? true : undefined}>
                <td>
                  {dayName(s.day)} {sessionDate(block.startDate, s.weekIndex, s.day).slice(5)}
                </td>
                <th scope="row">
                  {s.start} {sessionKind(s)} · {s.durationMin} min
                  {problem && (
                    <span role="alert" className="field-error">
                      {' '}
                      {problem}
                    </span>
                  )}
                </th>
                <CheckCell
                  label={`${name}: done`}
                  checked={row.done}
                  onChange={(done) => change(s.id, { done, skipped: false })}
                />
                <CheckCell
                  label={`${name}: skipped`}
                  checked={row.skipped}
                  onChange={(skipped) =>
                    change(s.id, { skipped, done: false, rpe: '', minutes: '' })
                  }
                />
                <ActualCell
                  label={`${name}: actual RPE`}
                  planned={s.rpe === undefined ? '' : String(s.rpe)}
                  value={row.rpe}
                  done={row.done}
                  onChange={(rpe) => change(s.id, { rpe })}
                />
                <ActualCell
                  label={`${name}: actual minutes`}
                  planned={String(s.durationMin)}
                  value={row.minutes}
                  done={row.done}
                  onChange={(minutes) => change(s.id, { minutes })}
                />
              </tr>
            )
          })}
        </tbody>
      </table>
      {sessions.length === 0 && <p className="muted">No sessions in this week.</p>}
      <p className="muted">
        Logged sessions count in the client’s history with what actually happened (a skipped one as
        nothing), and the balancer never moves them.
      </p>
    </FormDialog>
  )
}

/** Done or Skipped for one session: a box named for the session, its row's label. */
function CheckCell(props: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <td>
      <input
        type="checkbox"
        aria-label={props.label}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
    </td>
  )
}

/** What actually happened (RPE, minutes), typed once the session is done; the plan as its hint. */
function ActualCell(props: {
  label: string
  planned: string
  value: string
  done: boolean
  onChange: (text: string) => void
}) {
  return (
    <td>
      <input
        className="input-number"
        inputMode="numeric"
        aria-label={props.label}
        placeholder={props.planned}
        value={props.value}
        disabled={!props.done}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </td>
  )
}
