import { SHEET_FIELDS } from '../../../shared/imports/sheet-fields'
import type { SheetField } from '../../../shared/imports/sheet-fields'
import type { ImportPreview } from '../../../shared/schemas/import.schema'

type Mapping = ImportPreview['mapping']

const FIELD_LABELS: Record<SheetField, string> = {
  week: 'Week',
  day: 'Day',
  time: 'Time',
  session: 'Session',
  exercise: 'Exercise',
  sets: 'Sets',
  reps: 'Reps',
  intensity: 'Intensity (%, RPE, kg, zone, pace)',
  rpe: 'RPE',
  rest: 'Rest',
  notes: 'Notes',
}

/** Which of a training sheet's columns holds each field: as the backend recognised it, changeable. */
export function SheetMapping({
  fileName,
  header,
  mapping,
  onChange,
}: {
  fileName: string
  header: readonly string[]
  mapping: Mapping
  onChange: (mapping: Mapping) => void
}) {
  return (
    <fieldset className="sheet-mapping">
      <legend>Columns of {fileName}</legend>
      {SHEET_FIELDS.map((field) => (
        <label key={field} className="inline-label">
          {FIELD_LABELS[field]}
          <select
            aria-label={`${FIELD_LABELS[field]} column`}
            value={mapping[field] ?? ''}
            onChange={(e) => {
              const next = { ...mapping }
              if (e.target.value === '') delete next[field]
              else next[field] = Number(e.target.value)
              onChange(next)
            }}
          >
            <option value="">(none)</option>
            {header.map((name, i) => (
              <option key={`${i}:${name}`} value={i}>
                {name || `column ${i + 1}`}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  )
}
