import { PHASES } from '../../../../shared/schemas/block.schema'
import type { WeekSettings } from '../../../../shared/schemas/block.schema'
import { resizeWeeks } from './block-form-model'
import { TableHead } from '../../ui/TableHead'

interface Props {
  weeks: WeekSettings[]
  onChange: (weeks: WeekSettings[]) => void
  /** Weeks at or after this index hold sessions and cannot be removed. */
  firstRemovable?: number
  error?: string | undefined
}

const PHASE_LABEL = (phase: string) => phase[0]!.toUpperCase() + phase.slice(1)

/** Each week's phase and deload flag, with weeks added or removed at the end. */
export function WeeksEditor({ weeks, onChange, firstRemovable = 0, error }: Props) {
  const set = (index: number, change: Partial<WeekSettings>) =>
    onChange(weeks.map((w, i) => (i === index ? { ...w, ...change } : w)))
  return (
    <fieldset className="weeks-editor" aria-describedby={error ? 'weeks-error' : undefined}>
      <legend>Weeks</legend>
      <table>
        <TableHead columns={['Week', 'Phase', 'Deload']} />
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td>
                <select
                  aria-label={`Week ${i + 1} phase`}
                  value={week.phase}
                  onChange={(e) => set(i, { phase: e.target.value as WeekSettings['phase'] })}
                >
                  {PHASES.map((p) => (
                    <option key={p} value={p}>
                      {PHASE_LABEL(p)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Week ${i + 1} is a deload week`}
                  checked={week.deload}
                  onChange={(e) => set(i, { deload: e.target.checked })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="toolbar-buttons">
        <button
          type="button"
          className="button-small"
          disabled={weeks.length >= 52}
          onClick={() => onChange(resizeWeeks(weeks, weeks.length + 1))}
        >
          Add week
        </button>
        <button
          type="button"
          className="button-small"
          disabled={weeks.length <= Math.max(1, firstRemovable)}
          title={
            weeks.length <= firstRemovable ? 'The last week has sessions; delete them first.' : ''
          }
          onClick={() => onChange(weeks.slice(0, -1))}
        >
          Remove last week
        </button>
        {weeks.length > 1 && weeks.length <= firstRemovable && (
          // Said, not only in a tooltip: a disabled button takes no keyboard, so none would see it.
          <span className="field-hint">The last week has sessions: delete them first.</span>
        )}
      </div>
      {error && (
        <p id="weeks-error" role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
