import { useEffect, useMemo, useState } from 'react'
import type { ExerciseIndex } from '../../../../shared/exercises/exercise-index'
import type { LiftMax, LoadUnits } from '../../../../shared/exercises/loads'
import { deloadSession } from '../../../../shared/plans/deload'
import { progressSessions } from '../../../../shared/plans/progressions'
import type { Block, BlockSession } from '../../../../shared/schemas/block.schema'
import type { Exercise, RunType } from '../../../../shared/schemas/session.schema'
import { DEFAULT_DELOAD, ProgressionSchema } from '../../../../shared/schemas/template.schema'
import type { Progression, TemplateSummary } from '../../../../shared/schemas/template.schema'
import { api } from '../../api/backend'
import { CheckboxList } from '../../ui/CheckboxList'
import { FormDialog } from '../../dialogs/FormDialog'
import { ErrorSummary } from '../../dialogs/form-parts'
import { InlineField, InlineSelect } from '../../dialogs/fields'
import { WeekRangeFields } from '../../ui/WeekRangeFields'
import { changeRows, dayName, rewriteStep } from '../change-step-model'
import { EngineVerdict } from '../EngineVerdict'
import { readLatest } from '../../api/read-latest'
import { previewVerdict } from '../preview-verdict'
import type { FindingsDiff } from '../findings-diff-model'
import type { EditStep } from '../sheet/edit-history'
import { TableHead } from '../../ui/TableHead'

type Kind = Progression['kind'] | 'deload'

const KINDS: { kind: Kind; label: string }[] = [
  { kind: 'linear', label: 'Linear: add a load or %1RM each week' },
  { kind: 'wave', label: 'Wave: %1RM by week (70/75/80), a deload %' },
  { kind: 'double', label: 'Double progression: reps to the top of the range, then load' },
  { kind: 'run_volume', label: 'Run volume: minutes and distance + % a week' },
  { kind: 'deload', label: 'Scale the deload weeks: less volume and intensity' },
]

interface Props {
  block: Block
  library: ExerciseIndex
  maxOf: (lift: string) => LiftMax | undefined
  units: LoadUnits
  /** What a line's %1RM comes to for this client ("112.5 kg"), for the preview. */
  loadText: (line: Exercise) => string | null
  apply: (step: EditStep) => Promise<void>
  onClose: () => void
}

/** "70/75/80" or "70, 75, 80" → [70, 75, 80]; null when any part is not a number. */
function readPercents(text: string): number[] | null {
  const parts = text.split(/[/,\s]+/).filter(Boolean)
  const values = parts.map(Number)
  return values.length > 0 && values.every((v) => Number.isFinite(v)) ? values : null
}

/**
 * Progresses a block's prescriptions across a range of weeks, previewed before it is applied: every
 * line and run that changes (before → after), and what the engine says about the result that it
 * did not say before (a run ramp too steep speaks here). Applied as one step, which Undo reverts.
 */
export function ProgressionDialog(props: Props) {
  const { block, library } = props
  const lifts = useMemo(() => {
    const names = new Map<string, string>()
    // A run's repeats ("6x800m @5K pace") are run faster, never loaded: they are no lift.
    for (const s of block.sessions.filter((session) => session.modality !== 'run'))
      for (const line of s.exercises ?? []) {
        const known = library.find(line.name)
        if ((known && known.modality !== 'strength') || line.pace !== undefined) continue
        const name = known?.name ?? line.name
        names.set(name.toLowerCase(), name)
      }
    return [...names.values()].sort()
  }, [block.sessions, library])
  const runTypes = useMemo(
    () =>
      [
        ...new Set(
          block.sessions.flatMap((s) => (s.modality === 'run' && s.runType ? [s.runType] : [])),
        ),
      ].sort(),
    [block.sessions],
  )
  const firstDeload = block.weeks.findIndex((w) => w.deload)
  const [kind, setKind] = useState<Kind>('linear')
  const [chosenLifts, setChosenLifts] = useState<string[]>(() => lifts.slice(0, 1))
  const [chosenRuns, setChosenRuns] = useState<RunType[]>(() => runTypes.slice(0, 1))
  const [{ from, to }, setRange] = useState({ from: 1, to: Math.min(3, block.weeks.length) })
  const [step, setStep] = useState('2.5')
  const [unit, setUnit] = useState<'load' | 'pct'>('load')
  const [waveText, setWaveText] = useState('70/75/80')
  const [deloadPct, setDeloadPct] = useState('60')
  const [runPct, setRunPct] = useState('10')
  const [volumePct, setVolumePct] = useState(String(DEFAULT_DELOAD.volumePct))
  const [intensityPct, setIntensityPct] = useState(String(DEFAULT_DELOAD.intensityPct))
  // The engine's word, with the step it is about: a verdict on an older step is not shown.
  const [verdict, setVerdict] = useState<(FindingsDiff & { step: EditStep }) | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [keepIn, setKeepIn] = useState('')
  const [kept, setKept] = useState<string | null>(null)
  useEffect(() => {
    void api.templates.list().then((r) => r.ok && setTemplates(r.value))
  }, [])

  /** The progression as typed, or what is wrong with it. */
  const progression = useMemo((): Progression | { problem: string } | null => {
    if (kind === 'deload') return null
    const weeks = { from, to }
    const raw =
      kind === 'linear'
        ? { kind, lifts: chosenLifts, weeks, step: Number(step), unit }
        : kind === 'wave'
          ? {
              kind,
              lifts: chosenLifts,
              weeks,
              pcts: readPercents(waveText) ?? [],
              ...(deloadPct.trim() === '' ? {} : { deloadPct: Number(deloadPct) }),
            }
          : kind === 'double'
            ? { kind, lifts: chosenLifts, weeks, step: Number(step) }
            : { kind, runTypes: chosenRuns, weeks, pctPerWeek: Number(runPct) }
    const parsed = ProgressionSchema.safeParse(raw)
    if (parsed.success) return parsed.data
    const issue = parsed.error.issues[0]!
    return { problem: `${issue.path.join(' ') || 'progression'}: ${issue.message}` }
  }, [kind, chosenLifts, chosenRuns, from, to, step, unit, waveText, deloadPct, runPct])

  /** The sessions as the progression (or the deload scaling) leaves them. */
  const changed = useMemo((): BlockSession[] | { problem: string } => {
    if (kind === 'deload') {
      const scaling = { volumePct: Number(volumePct), intensityPct: Number(intensityPct) }
      if (!(scaling.volumePct >= 0 && scaling.volumePct <= 90))
        return { problem: 'volume: between 0 and 90 %' }
      if (!(scaling.intensityPct >= 0 && scaling.intensityPct <= 50))
        return { problem: 'intensity: between 0 and 50 %' }
      return block.sessions
        .filter((s) => block.weeks[s.weekIndex]?.deload && s.weekIndex >= from - 1)
        .filter((s) => s.weekIndex <= to - 1)
        .map((s) => deloadSession(s, scaling, props.units))
    }
    if (!progression || 'problem' in progression) return progression ?? { problem: '' }
    return progressSessions(block.sessions, block.weeks, progression, {
      maxOf: props.maxOf,
      units: props.units,
      library,
    })
  }, [kind, progression, block, from, to, volumePct, intensityPct, props, library])

  const step_ = useMemo(
    () =>
      Array.isArray(changed)
        ? rewriteStep(
            kind === 'deload' ? 'deload scaling' : `${kind.replace('_', ' ')} progression`,
            block.sessions,
            changed,
          )
        : null,
    [changed, block.sessions, kind],
  )
  const rows = useMemo(
    () =>
      Array.isArray(changed)
        ? changeRows(block.sessions, changed, props.loadText, props.units.unit)
        : [],
    [changed, block.sessions, props.loadText, props.units.unit],
  )

  // The engine's word on the result: findings it would add, and how many it would clear.
  useEffect(() => {
    if (!step_ || step_.redo.length === 0) return
    let stopReading = () => {}
    const timer = setTimeout(() => {
      stopReading = readLatest(previewVerdict(block.id, block.revision, step_.redo), (diff) =>
        setVerdict({ step: step_, ...diff }),
      )
    }, 150)
    return () => {
      stopReading()
      clearTimeout(timer)
    }
  }, [step_, block.id, block.revision])

  /** Saves the progression with a template, so applying that template writes it out per client. */
  async function keepWithTemplate() {
    const template = templates.find((t) => t.id === keepIn)
    if (!template || !progression || 'problem' in progression) return
    const result = await api.templates.update({
      id: template.id,
      progressions: [...template.progressions, progression],
    })
    if (!result.ok) return setProblem(result.error.message)
    setTemplates(templates.map((t) => (t.id === template.id ? { ...t, ...result.value } : t)))
    setKept(`Kept with “${template.name}”: applying it writes this progression for each client.`)
  }

  async function applyIt() {
    if (!step_ || step_.redo.length === 0) return
    setProblem(null)
    await props.apply(step_)
    props.onClose()
  }

  const invalid = !Array.isArray(changed) ? changed.problem : null
  const engine = verdict && verdict.step === step_ ? verdict : null
  return (
    <FormDialog
      title="Progress the block"
      onClose={props.onClose}
      onSubmit={() => void applyIt()}
      submit={`Apply to ${rows.length} line${rows.length === 1 ? '' : 's'}`}
      disabled={!step_ || rows.length === 0}
      className="progression-form"
      wide
    >
      <fieldset>
        <legend>How</legend>
        {KINDS.map((k) => (
          <label key={k.kind} className="radio-line">
            <input
              type="radio"
              name="progression-kind"
              checked={kind === k.kind}
              onChange={() => {
                setKind(k.kind)
                if (k.kind === 'deload' && firstDeload >= 0) {
                  setRange({ from: 1, to: block.weeks.length })
                }
              }}
            />
            {k.label}
          </label>
        ))}
      </fieldset>
      {(kind === 'linear' || kind === 'wave' || kind === 'double') && (
        <CheckboxList
          legend="Lifts"
          options={lifts.map((lift) => ({ value: lift, label: lift }))}
          chosen={chosenLifts}
          onChange={setChosenLifts}
          empty="No exercise lines in this block yet."
        />
      )}
      {kind === 'run_volume' && (
        <CheckboxList
          legend="Runs"
          options={runTypes.map((type) => ({ value: type, label: type.replace('_', ' ') }))}
          chosen={chosenRuns}
          onChange={setChosenRuns}
          empty="No runs in this block."
        />
      )}
      <div className="form-row">
        <WeekRangeFields
          weeks={block.weeks}
          from={from}
          to={to}
          label="From week"
          onChange={setRange}
        />
      </div>
      {(kind === 'linear' || kind === 'double') && (
        <div className="form-row">
          <InlineField
            label={kind === 'linear' ? 'Add each week' : 'Then add'}
            value={step}
            onChange={setStep}
          />
          {kind === 'linear' ? (
            <select
              aria-label="Unit"
              value={unit}
              onChange={(e) => setUnit(e.target.value as 'load' | 'pct')}
            >
              <option value="load">{props.units.unit}</option>
              <option value="pct">%1RM</option>
            </select>
          ) : (
            <span>{props.units.unit}</span>
          )}
        </div>
      )}
      {kind === 'wave' && (
        <div className="form-row">
          <label className="inline-label">
            %1RM by week
            <input value={waveText} onChange={(e) => setWaveText(e.target.value)} />
          </label>
          <InlineField label="Deload week %" value={deloadPct} onChange={setDeloadPct} />
        </div>
      )}
      {kind === 'run_volume' && (
        <InlineField label="More each week (%)" value={runPct} onChange={setRunPct} />
      )}
      {kind === 'deload' && (
        <div className="form-row">
          <InlineField label="Volume −" value={volumePct} onChange={setVolumePct} unit="%" />
          <InlineField
            label="Intensity −"
            value={intensityPct}
            onChange={setIntensityPct}
            unit="%"
          />
          {firstDeload < 0 && <p className="muted">This block has no deload week (Weeks…).</p>}
        </div>
      )}
      <section aria-label="Changes" className="change-preview">
        {/* What the engine says first: a load past the rep max matters more than the rows. */}
        {engine && <EngineVerdict diff={engine} />}
        {invalid ? (
          <p role="alert" className="field-error">
            {invalid}
          </p>
        ) : rows.length === 0 ? (
          <p className="muted">Nothing changes with these settings.</p>
        ) : (
          <table className="change-table">
            <TableHead
              caption={`${rows.length} change${rows.length === 1 ? '' : 's'}`}
              captionShown
              columns={['Week', 'What', 'Before', 'After']}
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td>
                    Wk {r.week} {dayName(r.day)}
                  </td>
                  <th scope="row">{r.what}</th>
                  <td className="muted">{r.before}</td>
                  <td>{r.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ErrorSummary problems={problem} />
      {progression && !('problem' in progression) && templates.length > 0 && (
        <div className="form-row">
          <InlineSelect
            label="Keep with template"
            value={keepIn}
            options={[
              { value: '', label: '(choose one)' },
              ...templates.map((t) => ({ value: t.id, label: t.name })),
            ]}
            onChange={setKeepIn}
          />
          <button type="button" disabled={!keepIn} onClick={() => void keepWithTemplate()}>
            Keep
          </button>
          {kept && <span role="status">{kept}</span>}
        </div>
      )}
    </FormDialog>
  )
}
