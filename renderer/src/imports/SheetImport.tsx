import { useMemo, useState } from 'react'
import {
  SHEET_FIELDS,
  readCoachSheet,
  recogniseColumns,
  sheetPlan,
} from '../../../shared/imports/coach-sheet'
import type { ColumnMapping, SheetField } from '../../../shared/imports/coach-sheet'
import { delimitedHeader } from '../../../shared/tables/delimited-text'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { api } from '../api/backend'
import { useExerciseLibrary } from '../library/useExerciseLibrary'
import { nextMonday } from '../../../shared/plans/calendar'

interface Props {
  fileName: string
  text: string
  clients: ClientSummary[]
  onImported: (blockId: string) => void
  onCancel: () => void
}

const FIELD_LABELS: Record<SheetField, string> = {
  week: 'Week',
  day: 'Day',
  time: 'Time',
  session: 'Session',
  exercise: 'Exercise',
  sets: 'Sets',
  reps: 'Reps',
  intensity: 'Intensity (%, RPE, kg, zone)',
  rpe: 'RPE',
  rest: 'Rest',
  notes: 'Notes',
}

/**
 * A coach's own spreadsheet (one exercise per row) as a new block: the columns as recognised,
 * changeable in a mapping step, a preview of what comes in (or every bad cell), then the import,
 * all or nothing.
 */
export function SheetImport({ fileName, text, clients, onImported, onCancel }: Props) {
  const header = useMemo(() => delimitedHeader(text), [text])
  const [mapping, setMapping] = useState<ColumnMapping>(() => recogniseColumns(header))
  const [clientId, setClientId] = useState(clients[0]?.id ?? '')
  const [blockName, setBlockName] = useState(fileName.replace(/\.[^.]+$/, ''))
  const [startDate, setStartDate] = useState(nextMonday(new Date()))
  const [problem, setProblem] = useState<string | null>(null)
  const { index: library } = useExerciseLibrary()
  const reading = useMemo(
    () => readCoachSheet(text, { mapping, library }),
    [text, mapping, library],
  )
  const lines = reading.ok
    ? reading.sessions.reduce((n, s) => n + (s.exercises?.length ?? 0), 0)
    : 0

  async function importSheet() {
    if (!reading.ok) return
    const result = await api.blocks.importPlan({
      clientId,
      name: blockName,
      startDate,
      plan: sheetPlan(reading, startDate),
    })
    if (result.ok) onImported(result.value.id)
    else
      setProblem(
        result.error.issues
          .map((i) => i.message)
          .slice(0, 5)
          .join('\n') || result.error.message,
      )
  }

  return (
    <>
      <fieldset className="sheet-mapping">
        <legend>Columns of {fileName}</legend>
        {SHEET_FIELDS.map((field) => (
          <label key={field} className="inline-label">
            {FIELD_LABELS[field]}
            <select
              aria-label={`${FIELD_LABELS[field]} column`}
              value={mapping[field] ?? ''}
              onChange={(e) => {
                const value = e.target.value
                setMapping((m) => {
                  const next = { ...m }
                  if (value === '') delete next[field]
                  else next[field] = Number(value)
                  return next
                })
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
      {reading.ok ? (
        <p role="status">
          {reading.sessions.length} sessions with {lines} exercise lines in {reading.weeks}{' '}
          {reading.weeks === 1 ? 'week' : 'weeks'}, all understood.
        </p>
      ) : (
        <div role="alert" className="banner banner-error">
          <p>Nothing can be imported until these cells are fixed in the file (or mapped):</p>
          <ul className="issue-list">
            {reading.problems.slice(0, 30).map((p) => (
              <li key={`${p.row}:${p.column}`}>
                Row {p.row}, {p.column}
                {p.text ? ` “${p.text}”` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <label className="inline-label">
        For
        <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Block name
        <input value={blockName} onChange={(e) => setBlockName(e.target.value)} />
      </label>
      <label className="field">
        Starts on (a Monday)
        <input value={startDate} onChange={(e) => setStartDate(e.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="banner banner-error pre-line">
          Nothing was imported. {problem}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!reading.ok || clientId === ''}
          onClick={() => void importSheet()}
        >
          Import training sheet
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  )
}
