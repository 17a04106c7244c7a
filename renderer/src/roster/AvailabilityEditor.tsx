import { WEEKDAY_NAMES } from '../../../shared/schemas/common.schema'
import { CheckboxField, TextField } from '../dialogs/fields'
import type { FieldErrors } from './client-form-model'

interface Props {
  limit: boolean
  windows: string[]
  restDays: boolean[]
  errors: FieldErrors
  onLimitChange: (limit: boolean) => void
  onWindowsChange: (windows: string[]) => void
  onRestDaysChange: (restDays: boolean[]) => void
}

/** When the client can train (hard limits for the balancer) and which days stay free. */
export function AvailabilityEditor(props: Props) {
  return (
    <div className="availability">
      <CheckboxField
        name="limitAvailability"
        label="Only schedule sessions inside these windows"
        checked={props.limit}
        onChange={props.onLimitChange}
      />
      {props.limit && (
        <div className="availability-days">
          {WEEKDAY_NAMES.map((dayName, day) => (
            <TextField
              key={dayName}
              name={`availability-${day}`}
              label={dayName}
              placeholder="not available"
              value={props.windows[day] ?? ''}
              error={props.errors[`availability.${day}`]}
              onChange={(text) =>
                props.onWindowsChange(props.windows.map((w, i) => (i === day ? text : w)))
              }
            />
          ))}
          <p className="field-hint">
            Windows like 06:00-08:00, 17:00-21:00. Leave a day empty when the client cannot train.
          </p>
        </div>
      )}
      <fieldset className="rest-days">
        <legend>Fixed rest days</legend>
        {WEEKDAY_NAMES.map((dayName, day) => (
          <CheckboxField
            key={dayName}
            name={`rest-${day}`}
            label={dayName}
            checked={props.restDays[day] ?? false}
            onChange={(rest) =>
              props.onRestDaysChange(props.restDays.map((r, i) => (i === day ? rest : r)))
            }
          />
        ))}
        {props.errors.restDays && <span className="field-error">{props.errors.restDays}</span>}
      </fieldset>
    </div>
  )
}
