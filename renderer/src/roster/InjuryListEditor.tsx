import { useEffect, useRef } from 'react'
import { TextField, SelectField, CheckboxField } from '../dialogs/fields'
import { INJURY_STATUS_LABELS, REGION_LABELS } from '../ui/labels'
import type { FieldErrors, InjuryRow } from './client-form-model'

interface Props {
  injuries: InjuryRow[]
  errors: FieldErrors
  onChange: (injuries: InjuryRow[]) => void
  /** A field typed in, by its error path (`injuryHistory.0.onsetDate`): its message is stale. */
  onFieldChanged: (path: string) => void
}

const NEW_INJURY: InjuryRow = {
  region: 'lower',
  structure: '',
  runningRelated: false,
  onsetDate: '',
  status: 'active',
}

/** The injury history (docs/engine-rules.md §2.1): each injury's region, structure, onset and status. */
export function InjuryListEditor({ injuries, errors, onChange, onFieldChanged }: Props) {
  const list = useRef<HTMLDivElement>(null)
  const added = useRef(false)
  useEffect(() => {
    // A new injury is typed at once: its fields come before the button in Tab order, and the
    // keyboard stayed on the button, five Shift+Tabs from the new Region.
    if (!added.current) return
    added.current = false
    list.current?.querySelector<HTMLElement>('.injury-row:last-of-type select')?.focus()
  }, [injuries.length])
  const update = (index: number, patch: Partial<InjuryRow>) =>
    onChange(injuries.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  /** What ties an injury's fields to the list: each one's name, value, message and change. */
  const fieldsOf = (injury: InjuryRow, index: number) => {
    const bind = <K extends keyof InjuryRow>(key: K) => ({
      name: `injury-${index}-${key}`,
      error: errors[`injuryHistory.${index}.${key}`],
      onChange: (value: InjuryRow[K]) => {
        update(index, { [key]: value })
        onFieldChanged(`injuryHistory.${index}.${key}`)
      },
    })
    return {
      field: <K extends 'region' | 'structure' | 'onsetDate' | 'status'>(key: K) => ({
        ...bind(key),
        value: injury[key],
      }),
      checkbox: (key: 'runningRelated') => ({ ...bind(key), checked: injury[key] }),
    }
  }
  return (
    <div className="injury-list" ref={list}>
      {injuries.length === 0 && <p className="muted">No injuries recorded.</p>}
      {injuries.map((injury, index) => {
        const { field, checkbox } = fieldsOf(injury, index)
        return (
          <fieldset key={index} className="injury-row">
            <legend>Injury {index + 1}</legend>
            <SelectField label="Region" options={REGION_LABELS} {...field('region')} />
            <TextField
              label="What was injured"
              placeholder="e.g. left Achilles"
              {...field('structure')}
            />
            <TextField label="Onset date" placeholder="YYYY-MM-DD" {...field('onsetDate')} />
            <SelectField label="Status" options={INJURY_STATUS_LABELS} {...field('status')} />
            <CheckboxField label="Running-related" {...checkbox('runningRelated')} />
            <button
              type="button"
              className="button-quiet"
              onClick={() => onChange(injuries.filter((_, i) => i !== index))}
            >
              Remove injury {index + 1}
            </button>
          </fieldset>
        )
      })}
      <button
        type="button"
        className="button-quiet"
        onClick={() => {
          added.current = true
          onChange([...injuries, { ...NEW_INJURY }])
        }}
      >
        Add injury
      </button>
    </div>
  )
}
