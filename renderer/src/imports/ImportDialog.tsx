import { useEffect, useState } from 'react'
import type { ProcedureInput } from '../../../shared/contract/contract'
import { counted } from '../../../shared/words/counted'
import { nextMonday } from '../../../shared/plans/calendar'
import { decodeTextFile, encodingNote } from '../../../shared/tables/text-file'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { ImportPreview } from '../../../shared/schemas/import.schema'
import { api } from '../api/backend'
import { Dialog } from '../dialogs/Dialog'
import {
  ClientRowsTable,
  ImportProblems,
  ImportedBlockTable,
  previewSummary,
} from './ImportPreviewView'
import { SheetMapping } from './SheetMapping'

interface Props {
  clients: ClientSummary[]
  onImportedClients: (count: number) => void
  onImportedPlan: (blockId: string) => void
  /** Readiness reports imported for a client: the sentence to show. */
  onImported: (summary: string) => void
  onClose: () => void
}

type Request = ProcedureInput<'imports.preview'>

/** The button that imports, named by what the file is. */
const IMPORT_WORDS: Record<NonNullable<ImportPreview['format']>, string> = {
  'plan-week': 'Import plan',
  'plan-block': 'Import plan',
  'coach-sheet': 'Import training sheet',
  'sessions-csv': 'Import sessions',
  'clients-csv': 'Import clients',
  'readiness-csv': 'Import readiness',
}

/**
 * Imports a file through the backend's one import path: the file's text goes to imports.preview,
 * which says what it is, lists every session and line as it will be stored (and as the chosen
 * client reads it) or every problem by row and column, and how a training sheet's columns were
 * recognised; the coach maps columns, chooses whose it is (no one is chosen for them), then
 * imports.commit writes it all or nothing. Nothing is parsed here.
 */
export function ImportDialog(props: Props) {
  const { clients, onClose } = props
  /** The file as read; `note` says when its encoding was a guess (not UTF-8), to check names. */
  const [file, setFile] = useState<{ name: string; text: string; note: string | null } | null>(null)
  const [mapping, setMapping] = useState<ImportPreview['mapping'] | undefined>(undefined)
  const [clientId, setClientId] = useState('')
  const [newName, setNewName] = useState('')
  const [blockName, setBlockName] = useState('')
  const [startDate, setStartDate] = useState(nextMonday(new Date()))
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const request = (): Request | null =>
    file && {
      fileName: file.name,
      text: file.text,
      ...(mapping ? { mapping } : {}),
      ...(clientId === 'new'
        ? newName.trim()
          ? { newClientName: newName }
          : {}
        : clientId
          ? { clientId }
          : {}),
      ...(blockName.trim() ? { blockName } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(startDate) ? { startDate } : {}),
    }

  // The preview follows the file and every choice, a moment after the coach stops typing.
  const asked = request()
  const key = JSON.stringify(asked)
  useEffect(() => {
    if (!asked) return
    let current = true
    const timer = setTimeout(() => {
      void api.imports.preview(asked).then((r) => {
        if (!current) return
        if (r.ok) {
          setPreview(r.value)
          setProblem(null)
        } else setProblem(r.error.issues[0]?.message ?? r.error.message)
      })
    }, 150)
    return () => {
      current = false
      clearTimeout(timer)
    }
    // `key` stands for the request: a new object each render, the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  async function commit() {
    const input = request()
    if (!input || !preview) return
    setBusy(true)
    const result = await api.imports.commit(input)
    setBusy(false)
    if (!result.ok) {
      const issues = result.error.issues.map((i) => i.message).slice(0, 5)
      return setProblem(issues.join('\n') || result.error.message)
    }
    const { value } = result
    if (value.blockId) props.onImportedPlan(value.blockId)
    else if (value.format === 'clients-csv') props.onImportedClients(value.clients)
    else props.onImported(value.summary)
  }

  const shown = preview && file ? preview : null
  const needsClient = shown?.needsClient ?? 'none'
  const clientChosen =
    needsClient === 'none' ||
    (clientId === 'new' ? newName.trim() !== '' : clientId !== '' && clientId !== 'new')
  // A clients CSV's bad rows show in its table; the alert keeps the problems of the file itself.
  const problems =
    shown?.format === 'clients-csv'
      ? shown.problems.filter((p) => p.row === null)
      : (shown?.problems ?? [])
  const ready =
    shown !== null &&
    shown.format !== null &&
    shown.problems.length === 0 &&
    clientChosen &&
    (shown.format !== 'clients-csv' || shown.clients.length > 0)

  return (
    <Dialog title="Import" onClose={onClose} wide>
      <div className="block-form import-dialog">
        <label className="field">
          A plan file (.json), a training sheet, or a clients, sessions or readiness spreadsheet
          (.csv, .tsv)
          <input
            type="file"
            accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values"
            onChange={(e) => {
              const chosen = e.target.files?.[0]
              if (!chosen) return
              // A new file starts its own mapping, name and preview.
              // Read in the encoding it was saved in: Excel on Windows writes CSV as Windows-1252.
              void chosen.arrayBuffer().then((buffer) => {
                const decoded = decodeTextFile(new Uint8Array(buffer))
                setPreview(null)
                setMapping(undefined)
                setBlockName('')
                if ('problem' in decoded) {
                  setFile(null)
                  setProblem(`${chosen.name}: ${decoded.problem}`)
                  return
                }
                setProblem(null)
                const note = encodingNote(chosen.name, decoded.encoding)
                setFile({ name: chosen.name, text: decoded.text, note })
              })
            }}
          />
        </label>
        {shown && (
          <p className="muted">
            {file?.name}: {shown.formatWords}.
          </p>
        )}
        {shown && file?.note && <p className="banner banner-warn">{file.note}</p>}
        {shown?.format === 'coach-sheet' && (
          <SheetMapping
            fileName={file?.name ?? ''}
            header={shown.header}
            mapping={shown.mapping}
            onChange={setMapping}
          />
        )}
        {shown && <ImportProblems problems={problems} />}
        {shown && shown.format !== null && <p role="status">{previewSummary(shown)}</p>}
        {needsClient !== 'none' && (
          <div className="form-row">
            <label className="inline-label">
              For
              <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
                <option value="">Choose a client…</option>
                {clients.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
                {needsClient === 'existing-or-new' && <option value="new">a new client…</option>}
              </select>
            </label>
            {clientId === 'new' && (
              <label className="inline-label">
                New client’s name
                <input value={newName} onChange={(e) => setNewName(e.target.value)} />
              </label>
            )}
          </div>
        )}
        {shown?.block && (
          <div className="form-row">
            <label className="inline-label">
              Block name
              <input
                value={blockName || shown.block.name}
                onChange={(e) => setBlockName(e.target.value)}
              />
            </label>
            {(shown.needsStartDate || shown.block.startDate === null) && (
              <label className="inline-label">
                Starts on (a Monday)
                <input value={startDate} onChange={(e) => setStartDate(e.target.value)} />
              </label>
            )}
          </div>
        )}
        {shown?.block && <ImportedBlockTable block={shown.block} />}
        {shown?.format === 'clients-csv' && shown.clients.length > 0 && (
          <ClientRowsTable rows={shown.clients} />
        )}
        {problem && (
          <p role="alert" className="banner banner-error pre-line">
            Nothing was imported. {problem}
          </p>
        )}
        <div className="form-actions">
          {shown?.format && (
            <button
              type="button"
              className="button-primary"
              disabled={!ready || busy}
              onClick={() => void commit()}
            >
              {shown.format === 'clients-csv'
                ? `Import ${counted(shown.clients.length, 'client')}`
                : IMPORT_WORDS[shown.format]}
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  )
}
