import { counted } from '../../../../shared/words/counted'
import { useId, useRef, useState } from 'react'
import { BODY_REGIONS } from '../../../../shared/schemas/client.schema'
import { ReadinessEntrySchema } from '../../../../shared/schemas/readiness.schema'
import type { ReadinessEntry } from '../../../../shared/schemas/readiness.schema'
import { api } from '../../api/backend'
import { Dialog } from '../../dialogs/Dialog'
import { ErrorSummary, FormActions } from '../../dialogs/form-parts'
import { CheckboxList } from '../../ui/CheckboxList'
import { InlineField } from '../../dialogs/fields'
import { DateInput } from '../../ui/DateInput'
import { readinessWords } from '../readiness-model'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

interface Props {
  clientId: string
  clientName: string
  date: string
  entries: readonly ReadinessEntry[]
  /** Reports changed: the strip and the findings are read again. */
  onSaved: () => void
  onClose: () => void
}

type Draft = Record<'sleepH' | 'hrv' | 'sorenessLower' | 'fatigue' | 'mood', string> & {
  painRegions: ReadinessEntry['painRegions']
  illness: boolean
}

const NUMBERS = [
  ['sleepH', 'Sleep last night (h)'],
  ['hrv', 'HRV (ln rMSSD)'],
  ['sorenessLower', 'Soreness, legs (0–10)'],
  ['fatigue', 'Fatigue (0–10)'],
  ['mood', 'Mood (1–5)'],
] as const

function draftOf(entry: ReadinessEntry | undefined): Draft {
  const text = (v: number | undefined) => (v === undefined ? '' : String(v))
  return {
    sleepH: text(entry?.sleepH),
    hrv: text(entry?.hrv),
    sorenessLower: text(entry?.sorenessLower),
    fatigue: text(entry?.fatigue),
    mood: text(entry?.mood),
    painRegions: entry?.painRegions ?? [],
    illness: entry?.illness ?? false,
  }
}

/**
 * A day's readiness report, typed in a small form, or many days pasted from a wellness app's CSV
 * (date, sleep_h, hrv, soreness, fatigue, mood, pain, illness). Saved reports feed the RDY rules of
 * the weeks whose Monday morning they cover.
 */
export function ReadinessDialog(props: Props) {
  const [date, setDate] = useState(props.date)
  const byDate = new Map(props.entries.map((e) => [e.date, e]))
  const [draft, setDraft] = useState<Draft>(() => draftOf(byDate.get(props.date)))
  const [csv, setCsv] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const [notice, setNotice] = useState<string | null>(null)

  const dayInput = useRef<HTMLInputElement>(null)
  const dayId = useId()

  /** A day typed in full (or picked) shows its report, if any, to change. */
  function pick(next: string) {
    setDate(next)
    if (ISO_DATE.test(next)) setDraft(draftOf(byDate.get(next)))
  }

  async function save() {
    const raw: Record<string, unknown> = {
      date,
      painRegions: draft.painRegions,
      illness: draft.illness,
    }
    for (const [field] of NUMBERS) {
      const text = draft[field].trim().replace(',', '.')
      if (text !== '') raw[field] = Number(text)
    }
    if (!ISO_DATE.test(date)) return setProblems([`Day: write it as 2026-12-05, not “${date}”`])
    const parsed = ReadinessEntrySchema.safeParse(raw)
    if (!parsed.success) return setProblems(parsed.error.issues.map((i) => i.message))
    const result = await api.readiness.save({ clientId: props.clientId, entries: [parsed.data] })
    if (!result.ok) return setProblems([result.error.message])
    setProblems([])
    // The values as stored, each named, so a value typed into the wrong box shows at once.
    const words = readinessWords(parsed.data)
    setNotice(`Saved ${date}: ${words ? words[0]!.toUpperCase() + words.slice(1) : 'reported'}.`)
    props.onSaved()
    // The next thing is another day's report: the day, ready to be typed over.
    dayInput.current?.select()
  }

  async function importCsv() {
    const result = await api.readiness.importCsv({ clientId: props.clientId, csv })
    if (!result.ok) return setProblems(result.error.issues.map((i) => i.message))
    setProblems([])
    setCsv('')
    setNotice(`Imported ${counted(result.value.saved, 'day')}.`)
    props.onSaved()
  }

  return (
    <Dialog title={`Readiness of ${props.clientName}`} onClose={props.onClose}>
      <form
        className="block-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <span className="inline-label">
          <label htmlFor={dayId}>Day</label>
          <DateInput ref={dayInput} id={dayId} value={date} onChange={pick} />
        </span>
        <div className="form-row">
          {NUMBERS.map(([field, label]) => (
            <InlineField
              key={field}
              label={label}
              value={draft[field]}
              onChange={(text) => setDraft({ ...draft, [field]: text })}
            />
          ))}
        </div>
        <CheckboxList
          legend="Pain and illness"
          options={BODY_REGIONS.map((region) => ({ value: region, label: region }))}
          chosen={draft.painRegions}
          onChange={(painRegions) => setDraft({ ...draft, painRegions })}
        >
          <label>
            <input
              type="checkbox"
              checked={draft.illness}
              onChange={(e) => setDraft({ ...draft, illness: e.target.checked })}
            />
            ill (fever, systemic symptoms)
          </label>
        </CheckboxList>
        <FormActions submit="Save the day" />
        <label className="field">
          Or paste days from a CSV (date, sleep_h, hrv, soreness, fatigue, mood, pain, illness)
          <textarea rows={4} value={csv} onChange={(e) => setCsv(e.target.value)} />
        </label>
        <FormActions onCancel={props.onClose} cancel="Close">
          <button type="button" disabled={csv.trim() === ''} onClick={() => void importCsv()}>
            Import the pasted days
          </button>
        </FormActions>
        {notice && problems.length === 0 && <p role="status">{notice}</p>}
        <ErrorSummary problems={problems} />
      </form>
    </Dialog>
  )
}
