import { useEffect, useMemo, useRef, useState } from 'react'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { TemplateSummary } from '../../../shared/schemas/template.schema'
import { api } from '../api/backend'
import { SearchInput } from '../ui/SearchInput'
import { nextMonday } from '../../../shared/plans/calendar'
import { Dialog } from '../dialogs/Dialog'
import { ErrorSummary } from '../dialogs/form-parts'
import { CheckboxList } from '../ui/CheckboxList'
import { WeekRangeFields } from '../ui/WeekRangeFields'
import { ClientVerdictView, verdictOf } from './ClientVerdictView'
import type { ClientVerdict } from './ClientVerdictView'

interface Props {
  template: TemplateSummary
  onClose: () => void
  onOpenBlock: (blockId: string) => void
}

/**
 * Fits a template to one client or several: the start Monday and the weeks to use, then "Check"
 * shows for each client their loads week by week, loads past their rep max (PRG-05) and every
 * critical finding (the same template can be clean for one and flagged for another), and "Create
 * blocks" makes a draft block per client, one at a time with progress, stopping between clients on
 * Cancel, each with a link to it.
 */
export function ApplyTemplateDialog({ template, onClose, onOpenBlock }: Props) {
  const [clients, setClients] = useState<ClientSummary[]>([])
  const [chosen, setChosen] = useState<string[]>([])
  const [search, setSearch] = useState('')
  const [startDate, setStartDate] = useState(nextMonday(new Date()))
  const [{ from, to }, setRange] = useState({ from: 1, to: template.weeks.length })
  const [verdicts, setVerdicts] = useState<Map<string, ClientVerdict>>(new Map())
  const [progress, setProgress] = useState<{
    kind: 'check' | 'apply'
    done: number
    total: number
  } | null>(null)
  const [running, setRunning] = useState<'check' | 'apply' | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const cancelled = useRef(false)

  useEffect(() => {
    void api.clients.list({}).then((r) => r.ok && setClients(r.value))
  }, [])
  const shown = useMemo(() => {
    const text = search.trim().toLowerCase()
    return clients.filter((c) => c.name.toLowerCase().includes(text))
  }, [clients, search])
  const nameOf = (id: string) => clients.find((c) => c.id === id)?.name ?? id
  const weeks = from === 1 && to === template.weeks.length ? {} : { weeks: { from, to } }

  /** Runs `each` for every chosen client in turn, with progress; Cancel stops between clients. */
  async function forEachClient(kind: 'check' | 'apply', each: (id: string) => Promise<void>) {
    cancelled.current = false
    setProblem(null)
    setRunning(kind)
    setProgress({ kind, done: 0, total: chosen.length })
    for (const [i, id] of chosen.entries()) {
      if (cancelled.current) break
      await each(id)
      setProgress({ kind, done: i + 1, total: chosen.length })
    }
    setRunning(null)
  }

  const check = () =>
    forEachClient('check', async (clientId) => {
      const result = await api.templates.preview({
        templateId: template.id,
        clientId,
        startDate,
        ...weeks,
      })
      if (!result.ok) return setProblem(result.error.message)
      const verdict = verdictOf(clientId, result.value)
      setVerdicts((v) => new Map(v).set(clientId, verdict))
    })

  const applyAll = () =>
    forEachClient('apply', async (clientId) => {
      // A client who got a block from this dialog already is not given a second one.
      if (verdicts.get(clientId)?.blockId) return
      // The summary shows each client's loads and findings whether or not Check ran first.
      const checked = verdicts.has(clientId)
        ? null
        : await api.templates.preview({ templateId: template.id, clientId, startDate, ...weeks })
      const result = await api.templates.apply({
        templateId: template.id,
        clientId,
        startDate,
        ...weeks,
      })
      setVerdicts((v) => {
        const next = new Map(v)
        const before = next.get(clientId) ?? verdictOf(clientId, checked?.ok ? checked.value : null)
        next.set(
          clientId,
          result.ok
            ? { ...before, blockId: result.value.id }
            : { ...before, problem: result.error.message },
        )
        return next
      })
    })

  return (
    <Dialog title={`Apply ${template.name}`} onClose={onClose} wide>
      <div className="apply-template">
        <div className="form-row">
          <label className="inline-label">
            Starts on (a Monday)
            <input value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </label>
          <WeekRangeFields weeks={template.weeks} from={from} to={to} onChange={setRange} />
        </div>
        <SearchInput label="Find a client" value={search} onChange={setSearch} />
        <CheckboxList
          legend={`Clients (${chosen.length} chosen)`}
          className="client-choice"
          rowClassName="client-choice-row"
          options={shown.map((c) => ({
            value: c.id,
            label: <span className="client-choice-name">{c.name}</span>,
          }))}
          chosen={chosen}
          onChange={setChosen}
        />
        {progress && (
          <div className="check-progress">
            <progress value={progress.done} max={progress.total} aria-label="Progress" />
            <span role="status">
              {progress.kind === 'apply' ? 'Created' : 'Checked'} {progress.done} of{' '}
              {progress.total}
            </span>
          </div>
        )}
        {verdicts.size > 0 && (
          <ul className="client-verdicts" aria-label="Per-client summary">
            {chosen
              .filter((id) => verdicts.has(id))
              .map((id) => (
                <ClientVerdictView
                  key={id}
                  name={nameOf(id)}
                  verdict={verdicts.get(id)!}
                  onOpenBlock={onOpenBlock}
                />
              ))}
          </ul>
        )}
        <ErrorSummary problems={problem} />
        <div className="form-actions">
          {running ? (
            <button type="button" onClick={() => (cancelled.current = true)}>
              Cancel
            </button>
          ) : (
            <>
              <button type="button" disabled={chosen.length === 0} onClick={() => void check()}>
                Check for {chosen.length || 'no'} client{chosen.length === 1 ? '' : 's'}
              </button>
              <button
                type="button"
                className="button-primary"
                disabled={chosen.length === 0}
                onClick={() => void applyAll()}
              >
                Create draft block{chosen.length === 1 ? '' : 's'}
              </button>
              <button type="button" onClick={onClose}>
                Close
              </button>
            </>
          )}
        </div>
      </div>
    </Dialog>
  )
}
