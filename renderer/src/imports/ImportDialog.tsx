import { useState } from 'react'
import type { ProcedureOutput } from '../../../shared/contract/contract'
import type { Result } from '../../../shared/contract/result'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { api } from '../api/backend'
import { nextMonday } from '../../../shared/plans/calendar'
import { Dialog } from '../dialogs/Dialog'
import { isCoachSheet } from '../../../shared/imports/coach-sheet'
import { SheetImport } from './SheetImport'

type Preview = ProcedureOutput<'clients.importCsv'>

interface Props {
  clients: ClientSummary[]
  onImportedClients: (count: number) => void
  onImportedPlan: (blockId: string) => void
  onClose: () => void
}

type Loaded =
  | { kind: 'none' }
  | { kind: 'plan'; fileName: string; plan: unknown; isWeek: boolean }
  | { kind: 'clients'; fileName: string; csv: string; preview: Preview }
  | { kind: 'sessions'; fileName: string; csv: string }
  /** A coach's own training spreadsheet: one exercise per row. */
  | { kind: 'sheet'; fileName: string; text: string }
  | { kind: 'unreadable'; fileName: string; message: string }

/**
 * Imports a plan file (JSON) as a new block, or a clients CSV after a preview that marks every
 * bad row and field. Nothing is written until the coach confirms, and then all or nothing.
 */
export function ImportDialog({ clients, onImportedClients, onImportedPlan, onClose }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'none' })
  const [clientId, setClientId] = useState<string>('new')
  const [newName, setNewName] = useState('')
  const [blockName, setBlockName] = useState('')
  const [startDate, setStartDate] = useState(nextMonday(new Date()))
  const [problem, setProblem] = useState<string | null>(null)

  async function read(file: File) {
    setProblem(null)
    const text = await file.text()
    const base = file.name.replace(/\.[^.]+$/, '')
    if (/\.json$/i.test(file.name)) {
      try {
        const plan = JSON.parse(text) as { format?: unknown }
        setBlockName(base)
        setLoaded({
          kind: 'plan',
          fileName: file.name,
          plan,
          isWeek: plan.format === 'blockwise-week@1',
        })
      } catch (error) {
        setLoaded({
          kind: 'unreadable',
          fileName: file.name,
          message: `Not a JSON file: ${(error as Error).message}`,
        })
      }
      return
    }
    // A coach's training sheet (week, day and exercise columns) becomes a block.
    if (isCoachSheet(text)) {
      setLoaded({ kind: 'sheet', fileName: file.name, text })
      return
    }
    // A handout's CSV (it has a Session ID column) becomes a block; any other CSV is clients.
    if (/(^|,)"?Session ID"?(,|$)/.test(text.split(/\r?\n/, 1)[0] ?? '')) {
      setBlockName(base)
      setClientId(clients[0]?.id ?? 'new')
      setLoaded({ kind: 'sessions', fileName: file.name, csv: text })
      return
    }
    const result = await api.clients.importCsv({ csv: text })
    if (result.ok)
      setLoaded({ kind: 'clients', fileName: file.name, csv: text, preview: result.value })
    else setLoaded({ kind: 'unreadable', fileName: file.name, message: result.error.message })
  }

  /** A block import either opens the new block or says what is wrong (the first few problems). */
  function afterBlockImport(result: Result<{ id: string }>) {
    if (result.ok) return onImportedPlan(result.value.id)
    const problems = result.error.issues.map((i) => i.message).slice(0, 5)
    setProblem(problems.join('\n') || result.error.message)
  }

  async function importPlan(plan: unknown, isWeek: boolean) {
    afterBlockImport(
      await api.blocks.importPlan({
        ...(clientId === 'new' ? { newClientName: newName } : { clientId }),
        name: blockName,
        ...(isWeek ? { startDate } : {}),
        plan,
      }),
    )
  }

  async function importSessions(csv: string) {
    afterBlockImport(await api.blocks.importCsv({ clientId, name: blockName, csv }))
  }

  async function importClients(csv: string) {
    const result = await api.clients.importCsv({ csv, commit: true })
    if (result.ok) onImportedClients(result.value.imported)
    else setProblem(result.error.message)
  }

  /** Whose block it becomes; a plan can also make a new client from its profile. */
  const clientChoice = (offerNewClient: boolean) => (
    <label className="inline-label">
      For
      <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
        {offerNewClient && <option value="new">a new client…</option>}
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  )
  const blockNameField = (
    <label className="field">
      Block name
      <input value={blockName} onChange={(e) => setBlockName(e.target.value)} />
    </label>
  )

  return (
    <Dialog title="Import" onClose={onClose}>
      <div className="block-form">
        <label className="field">
          A plan file (.json), a training sheet or a clients spreadsheet (.csv, .tsv)
          <input
            type="file"
            accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) void read(file)
            }}
          />
        </label>
        {loaded.kind === 'unreadable' && (
          <p role="alert" className="banner banner-error">
            {loaded.fileName}: {loaded.message}
          </p>
        )}
        {loaded.kind === 'plan' && (
          <>
            {clientChoice(true)}
            {clientId === 'new' && (
              <label className="field">
                New client’s name
                <input value={newName} onChange={(e) => setNewName(e.target.value)} />
              </label>
            )}
            {blockNameField}
            {loaded.isWeek && (
              <label className="field">
                Starts on (a Monday)
                <input value={startDate} onChange={(e) => setStartDate(e.target.value)} />
              </label>
            )}
          </>
        )}
        {loaded.kind === 'sessions' && (
          <>
            <p className="muted">
              A sessions file exported by Blockwise: it becomes a new draft block, each week with
              the phase the file gives it (a week without sessions comes in as “build”).
            </p>
            {clientChoice(false)}
            {blockNameField}
          </>
        )}
        {loaded.kind === 'clients' && <ClientsPreview preview={loaded.preview} />}
        {loaded.kind === 'sheet' && (
          <SheetImport
            // A new file starts its own mapping, name and preview.
            key={`${loaded.fileName}:${loaded.text.length}`}
            fileName={loaded.fileName}
            text={loaded.text}
            clients={clients}
            onImported={onImportedPlan}
            onCancel={onClose}
          />
        )}
        {problem && (
          <p role="alert" className="banner banner-error pre-line">
            Nothing was imported. {problem}
          </p>
        )}
        {loaded.kind !== 'sheet' && (
          <div className="form-actions">
            {loaded.kind === 'plan' && (
              <button
                type="button"
                className="button-primary"
                onClick={() => void importPlan(loaded.plan, loaded.isWeek)}
              >
                Import plan
              </button>
            )}
            {loaded.kind === 'sessions' && (
              <button
                type="button"
                className="button-primary"
                disabled={clients.length === 0}
                onClick={() => void importSessions(loaded.csv)}
              >
                Import sessions
              </button>
            )}
            {loaded.kind === 'clients' && (
              <button
                type="button"
                className="button-primary"
                disabled={
                  loaded.preview.problems.length > 0 ||
                  loaded.preview.rows.length === 0 ||
                  loaded.preview.rows.some((r) => !r.ok)
                }
                onClick={() => void importClients(loaded.csv)}
              >
                Import {loaded.preview.rows.length} clients
              </button>
            )}
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        )}
      </div>
    </Dialog>
  )
}

function ClientsPreview({ preview }: { preview: Preview }) {
  const bad = preview.rows.filter((r) => !r.ok).length
  if (preview.problems.length > 0) {
    return (
      <div role="alert" className="banner banner-error">
        {preview.problems.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
    )
  }
  return (
    <>
      <p role="status">
        {preview.rows.length} clients in the file
        {bad > 0 ? `; ${bad} need fixing in the file before anything is imported.` : ', all ready.'}
      </p>
      <table className="roster-table import-preview">
        <caption className="visually-hidden">Clients in the file</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Name</th>
            <th scope="col">Check</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.line} className={r.ok ? '' : 'severity-critical'}>
              <td>{r.line}</td>
              <td>{r.name}</td>
              <td>
                {r.ok ? (
                  '✔ ready'
                ) : (
                  <ul className="issue-list">
                    {r.issues.map((i) => (
                      <li key={`${i.column}:${i.message}`}>
                        ✖ {i.column}: {i.message}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
