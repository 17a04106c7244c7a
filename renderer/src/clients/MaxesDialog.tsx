import { useEffect, useRef, useState } from 'react'
import { DEFAULT_INCREMENT, maxWords } from '../../../shared/exercises/loads'
import { readMaxEntry } from '../../../shared/exercises/max-entry'
import { localIsoDate } from '../../../shared/plans/calendar'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import { api } from '../api/backend'
import { readLatest } from '../api/read-latest'
import { Dialog } from '../dialogs/Dialog'
import { ErrorSummary, FormActions } from '../dialogs/form-parts'
import { readPaceEntry } from '../../../shared/exercises/pace-entry'
import { paceWords } from '../../../shared/exercises/run-paces'
import { InlineSelect, TextField } from '../dialogs/fields'
import { SubmitForm } from '../ui/SubmitForm'
import { TableHead } from '../ui/TableHead'

const UNIT_CHOICES = [
  { value: 'kg', label: 'kg (steps of 2.5)' },
  { value: 'lb', label: 'lb (steps of 5)' },
] as const

interface Props {
  clientId: string
  clientName: string
  /** Lift names to suggest (the library's strength exercises). */
  lifts: readonly string[]
  onClose: () => void
}

/**
 * A client's maxes and how their loads are written: each lift's 1RM (tested, or estimated from a
 * set with Epley's formula, shown beside it), the unit and the load step. Maxes are typed and
 * shown in the client's unit (kept in kg). Every line's %1RM in the sheet and on the handout comes
 * to a load from these.
 */
export function MaxesDialog({ clientId, clientName, lifts, onClose }: Props) {
  const [numbers, setNumbers] = useState<ClientMaxes | null>(null)
  const [lift, setLift] = useState('')
  const [oneRm, setOneRm] = useState('')
  const [fromSet, setFromSet] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [paceText, setPaceText] = useState('')
  const [paceNote, setPaceNote] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const [saved, setSaved] = useState<string | null>(null)
  const liftForm = useRef<HTMLFormElement>(null)

  useEffect(() => readLatest(api.maxes.get({ clientId }), setNumbers), [clientId, version])

  /** The keyboard to the box a message is about, as a refused form does elsewhere. */
  const focusBox = (name: 'lift' | 'oneRm' | 'fromSet') =>
    liftForm.current?.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.focus()

  async function save() {
    if (!numbers) return
    // "100x5" in the set box: a set to estimate from; otherwise a tested 1RM. In the client's
    // unit unless the coach names one ("140 kg").
    const fromASet = fromSet.trim() !== ''
    const entry = readMaxEntry(fromASet ? fromSet : oneRm, numbers.loads)
    if ('error' in entry || fromASet !== 'fromSet' in entry) {
      setProblem(
        fromASet
          ? `From a set: write the load and reps, like 100x5 (${numbers.loads.unit})`
          : `1RM: ${'error' in entry ? entry.error : 'a set goes in the box below'}`,
      )
      focusBox(fromASet ? 'fromSet' : 'oneRm')
      return
    }
    const result = await api.maxes.set({
      clientId,
      lift,
      measuredOn: localIsoDate(new Date()),
      trainingMaxPct: null,
      ...entry,
    })
    if (!result.ok) {
      const first = result.error.issues[0]
      setProblem(first?.message ?? result.error.message)
      const path = first?.path ?? ''
      focusBox(path.startsWith('fromSet') ? 'fromSet' : path === 'lift' ? 'lift' : 'oneRm')
      return
    }
    setProblem(null)
    // Under the library's name ("rdl" is saved as Romanian deadlift).
    setSaved(`Saved the max of ${result.value.lift}.`)
    setLift('')
    setOneRm('')
    setFromSet('')
    setVersion((v) => v + 1)
    // On to the next lift.
    focusBox('lift')
  }

  async function setUnit(unit: 'kg' | 'lb') {
    if (!numbers) return
    await api.maxes.setLoads({
      clientId,
      loads: { ...numbers.loads, unit, increment: DEFAULT_INCREMENT[unit] },
    })
    setVersion((v) => v + 1)
  }

  async function savePace() {
    if (!numbers) return
    const read = readPaceEntry(paceText)
    if ('error' in read) return setPaceNote(read.error)
    const result = await api.maxes.setLoads({
      clientId,
      loads: { ...numbers.loads, thresholdPaceSecPerKm: read.secPerKm },
    })
    setPaceNote(result.ok ? `Saved: ${read.how}.` : result.error.message)
    if (result.ok) setVersion((v) => v + 1)
  }

  const unit = numbers?.loads.unit ?? 'kg'
  return (
    <Dialog title={`Maxes of ${clientName}`} onClose={onClose}>
      {numbers && (
        <InlineSelect
          label="Loads in"
          value={numbers.loads.unit}
          options={UNIT_CHOICES}
          onChange={(unit) => void setUnit(unit)}
        />
      )}
      <SubmitForm className="maxes-form" onSubmit={() => void savePace()}>
        <TextField
          name="pace"
          label="Runs: threshold pace or a recent race"
          placeholder="4:40 or 10k 45:00"
          hint={
            numbers?.loads.thresholdPaceSecPerKm
              ? `Now ${paceWords(numbers.loads.thresholdPaceSecPerKm)}; handouts give each run's pace band (Friel's zones).`
              : 'Handouts give each run its pace band from it (Friel’s zones).'
          }
          value={paceText}
          onChange={setPaceText}
        />
        <button type="submit">Save pace</button>
        {paceNote && <p role="status">{paceNote}</p>}
      </SubmitForm>
      {numbers && numbers.maxes.length === 0 && (
        <p className="muted">
          No maxes yet: a line written in %1RM gets its load once its lift has a max.
        </p>
      )}
      <table className="maxes-table" hidden={!numbers || numbers.maxes.length === 0}>
        <TableHead columns={['Lift', '1RM', 'How', { label: 'Remove', hidden: true }]} />
        <tbody>
          {numbers?.maxes.map((m) => (
            <tr key={m.lift}>
              <th scope="row">{m.lift}</th>
              <td>{maxWords(m.oneRmKg, unit)}</td>
              <td>
                {m.method === 'epley' && m.fromLoadKg !== null
                  ? `Epley from ${maxWords(m.fromLoadKg, unit)} × ${m.fromReps}, ${m.measuredOn}`
                  : `tested ${m.measuredOn}`}
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`Remove the max of ${m.lift}`}
                  onClick={() =>
                    void api.maxes.remove({ clientId, lift: m.lift }).then(() => {
                      setProblem(null)
                      setSaved(`Removed the max of ${m.lift}.`)
                      setVersion((v) => v + 1)
                      // Its row is gone with the button: the keyboard goes on to the next lift.
                      focusBox('lift')
                    })
                  }
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SubmitForm ref={liftForm} className="maxes-form" onSubmit={() => void save()}>
        <datalist id="max-lifts">
          {lifts.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <TextField name="lift" label="Lift" value={lift} onChange={setLift} list="max-lifts" />
        <TextField
          name="oneRm"
          label={`1RM (${unit})`}
          inputMode="decimal"
          value={oneRm}
          onChange={setOneRm}
        />
        <TextField
          name="fromSet"
          label={`or from a set (${unit} × reps)`}
          placeholder={unit === 'lb' ? '225x5' : '100x5'}
          value={fromSet}
          onChange={setFromSet}
        />
        <ErrorSummary problems={problem} />
        {saved && !problem && <p role="status">{saved}</p>}
        <FormActions submit="Save max" onCancel={onClose} cancel="Done" />
      </SubmitForm>
    </Dialog>
  )
}
