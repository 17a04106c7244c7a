import { TextField, SelectField, CheckboxField } from '../dialogs/fields'
import { INJURY_STATUS_LABELS, REGION_LABELS } from '../ui/labels'
import type { FieldErrors, InjuryRow } from './client-form-model'

interface Props {
  injuries: InjuryRow[]
  errors: FieldErrors
  onChange: (injuries: InjuryRow[]) => void
}

const NEW_INJURY: InjuryRow = {
  region: 'lower',
  structure: '',
  runningRelated: false,
  onsetDate: '',
  status: 'active',
}

/** The injury history (docs/engine-rules.md §2.1): each injury's region, structure, onset and status. */
export function InjuryListEditor({ injuries, errors, onChange }: Props) {
  const update = (index: number, patch: Partial<InjuryRow>) =>
    onChange(injuries.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  return (
    <div className="injury-list">
      {injuries.length === 0 && <p className="muted">No injuries recorded.</p>}
      {injuries.map((injury, index) => (
        <fieldset key={index} className="injury-row">
          <legend>Injury {index + 1}</legend>
          <SelectField
            name={`injury-${index}-region`}
            label="Region"
            value={injury.region}
            options={REGION_LABELS}
            error={errors[`injuryHistory.${index}.region`]}
            onChange={(region) => update(index, { region })}
          />
          <TextField
            name={`injury-${index}-structure`}
            label="What was injured"
            placeholder="e.g. left Achilles"
            value={injury.structure}
            error={errors[`injuryHistory.${index}.structure`]}
            onChange={(structure) => update(index, { structure })}
          />
          <TextField
            name={`injury-${index}-onset`}
            label="Onset date"
            placeholder="YYYY-MM-DD"
            value={injury.onsetDate}
            error={errors[`injuryHistory.${index}.onsetDate`]}
            onChange={(onsetDate) => update(index, { onsetDate })}
          />
          <SelectField
            name={`injury-${index}-status`}
            label="Status"
            value={injury.status}
            options={INJURY_STATUS_LABELS}
            error={errors[`injuryHistory.${index}.status`]}
            onChange={(status) => update(index, { status })}
          />
          <CheckboxField
            name={`injury-${index}-running`}
            label="Running-related"
            checked={injury.runningRelated}
            onChange={(runningRelated) => update(index, { runningRelated })}
          />
          <button
            type="button"
            className="button-quiet"
            onClick={() => onChange(injuries.filter((_, i) => i !== index))}
          >
            Remove injury {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button-quiet"
        onClick={() => onChange([...injuries, { ...NEW_INJURY }])}
      >
        Add injury
      </button>
    </div>
  )
}
