import { useEffect, useRef, useState } from 'react'
import { api } from '../api/backend'
import { openCriticalsWarning } from '../../../shared/handouts/open-criticals'
import type { OpenCriticals } from '../../../shared/handouts/open-criticals'
import { Dialog } from '../dialogs/Dialog'
import { ErrorSummary } from '../dialogs/form-parts'
import { InlineCheckbox } from '../dialogs/InlineCheckbox'

export interface HandoutClient {
  id: string
  name: string
  /** The block to hand out (the client's active block when null). */
  blockId: string | null
  weekCount: number | null
}

interface Props {
  clients: HandoutClient[]
  onClose: () => void
}

type Progress =
  | { phase: 'idle' }
  | { phase: 'checking' }
  /** Some chosen blocks have open critical findings: the coach confirms before anything is written. */
  | { phase: 'confirm'; open: OpenCriticals[] }
  | { phase: 'running'; done: number; current: string }
  | {
      phase: 'finished'
      files: { path: string; download: string | null }[]
      /** In the browser host, every file of a batch in one zip. */
      zip: string | null
      failures: string[]
      cancelled: boolean
    }

/**
 * Handouts for one client or many: formats, weeks, paper and folder; clients are exported one at
 * a time so progress shows, Cancel stops between clients, and one failure does not stop the rest.
 * A block with open critical findings is named first, and exported only when the coach says so.
 */
export function HandoutsDialog({ clients, onClose }: Props) {
  const [chosen, setChosen] = useState(() => new Set(clients.map((c) => c.id)))
  const [formats, setFormats] = useState({ pdf: true, ics: false, csv: false })
  const [paper, setPaper] = useState<'A4' | 'LETTER'>('A4')
  const [allWeeks, setAllWeeks] = useState(true)
  const [from, setFrom] = useState('1')
  const [to, setTo] = useState(String(clients[0]?.weekCount ?? 4))
  const [folder, setFolder] = useState('')
  // The desktop app names folders by a handle from its own dialog; the browser host by a path.
  const [folderLabel, setFolderLabel] = useState('')
  const [folderChoice, setFolderChoice] = useState<'typed' | 'dialog'>('typed')
  // Files already in the folder are written over only when the coach ticks this.
  const [replace, setReplace] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' })
  const cancelled = useRef(false)

  useEffect(() => {
    void api.app.info().then((r) => {
      if (!r.ok) return
      setFolder((f) => f || r.value.handoutsFolder)
      setFolderLabel((l) => l || r.value.handoutsFolderLabel)
      setFolderChoice(r.value.folderChoice)
    })
  }, [])

  const targets = clients.filter((c) => chosen.has(c.id))
  const blockOf = (c: HandoutClient) => (c.blockId ? { blockId: c.blockId } : {})

  /** Asks the backend which chosen blocks have open critical findings; true when none do. */
  async function nothingCriticalOpen(): Promise<boolean> {
    setProgress({ phase: 'checking' })
    const open: OpenCriticals[] = []
    for (const client of targets) {
      const result = await api.handouts.openCriticals({ clientId: client.id, ...blockOf(client) })
      if (result.ok && result.value.critical > 0) open.push(result.value)
    }
    setProgress(open.length > 0 ? { phase: 'confirm', open } : { phase: 'idle' })
    return open.length === 0
  }

  async function run(confirmed: boolean) {
    const weeks = allWeeks ? undefined : { from: Number(from), to: Number(to) }
    if (weeks && !(weeks.from >= 1 && weeks.to >= weeks.from)) {
      return setProblem('Weeks: the first week must be 1 or more and not after the last.')
    }
    setProblem(null)
    if (!confirmed && !(await nothingCriticalOpen())) return
    cancelled.current = false
    const files: { path: string; download: string | null }[] = []
    const failures: string[] = []
    for (const [done, client] of targets.entries()) {
      if (cancelled.current) break
      setProgress({ phase: 'running', done, current: client.name })
      const result = await api.handouts.export({
        clientId: client.id,
        ...blockOf(client),
        ...(weeks ? { weeks } : {}),
        ...formats,
        paper,
        folder,
        replace,
      })
      if (result.ok) {
        const { files: written, downloads } = result.value
        files.push(...written.map((path, i) => ({ path, download: downloads[i] ?? null })))
      } else if (result.error.issues.some((i) => ['folder', 'pdf'].includes(i.path))) {
        // A problem with the request itself would fail every client: stop and say so once.
        setProgress({ phase: 'idle' })
        return setProblem(result.error.issues[0]!.message)
      } else if (result.error.issues.some((i) => i.path === 'replace')) {
        failures.push(
          `${client.name}: ${result.error.message} Tick “Replace existing files” to write over it.`,
        )
      } else failures.push(`${client.name}: ${result.error.message}`)
    }
    setProgress({
      phase: 'finished',
      files,
      zip: await zipOf(files.flatMap((f) => (f.download ? [f.download] : []))),
      failures,
      cancelled: cancelled.current,
    })
  }

  /** One download for a batch's files (browser host), when there is more than one. */
  async function zipOf(downloads: string[]): Promise<string | null> {
    if (downloads.length < 2) return null
    const result = await api.handouts.bundle({ downloads })
    return result.ok ? result.value.download : null
  }

  const title = clients.length === 1 ? `Handout for ${clients[0]!.name}` : 'Handouts'
  return (
    <Dialog title={title} onClose={onClose}>
      {progress.phase === 'finished' ? (
        <div className="handout-result">
          <p role="status">
            {progress.cancelled ? 'Stopped. ' : ''}
            Wrote {progress.files.length} {progress.files.length === 1 ? 'file' : 'files'}
            {progress.failures.length > 0 ? `; ${progress.failures.length} not exported` : ''}.
          </p>
          {progress.zip && (
            <p>
              <a href={progress.zip} download>
                Download all {progress.files.length} files as one zip
              </a>
            </p>
          )}
          <ul className="file-list">
            {progress.files.map((f) => (
              <li key={f.path}>
                {f.path}
                {/* In the browser host the folder is on the machine that runs it: download too. */}
                {f.download && (
                  <>
                    {' '}
                    <a href={f.download} download>
                      Download
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
          {progress.failures.length > 0 && (
            <div role="alert" className="banner banner-error">
              <ul>
                {progress.failures.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="form-actions">
            {/* The button that started the export is gone: the keyboard waits here, not on the body. */}
            <button type="button" className="button-primary" autoFocus onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : progress.phase === 'confirm' ? (
        <div role="alert" className="banner banner-warn open-criticals">
          {progress.open.length === 1 ? (
            <p>{openCriticalsWarning(progress.open[0]!)}: export anyway?</p>
          ) : (
            <>
              <p>Critical findings are open in {progress.open.length} blocks:</p>
              <ul>
                {progress.open.map((o) => (
                  <li key={o.clientName + o.blockName}>{openCriticalsWarning(o)}</li>
                ))}
              </ul>
              <p>Export anyway?</p>
            </>
          )}
          <div className="form-actions">
            {/* The safe answer has the keyboard: Enter at once must not export over criticals. */}
            <button type="button" autoFocus onClick={() => setProgress({ phase: 'idle' })}>
              Don’t export
            </button>
            <button type="button" className="button-primary" onClick={() => void run(true)}>
              Export anyway
            </button>
          </div>
        </div>
      ) : (
        <form
          className="block-form"
          onSubmit={(e) => {
            e.preventDefault()
            void run(false)
          }}
        >
          {clients.length > 1 && (
            <fieldset className="client-choice">
              <legend>Clients ({chosen.size} chosen)</legend>
              {clients.map((c) => (
                <label key={c.id} className="inline-label">
                  <input
                    type="checkbox"
                    checked={chosen.has(c.id)}
                    onChange={(e) => {
                      const next = new Set(chosen)
                      if (e.target.checked) next.add(c.id)
                      else next.delete(c.id)
                      setChosen(next)
                    }}
                  />
                  {c.name}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>Files</legend>
            {(
              [
                ['pdf', 'PDF handout'],
                ['ics', 'Calendar (.ics)'],
                ['csv', 'Spreadsheet (.csv)'],
              ] as const
            ).map(([key, label]) => (
              <label key={key} className="inline-label">
                <input
                  type="checkbox"
                  checked={formats[key]}
                  onChange={(e) => setFormats({ ...formats, [key]: e.target.checked })}
                />
                {label}
              </label>
            ))}
            <label className="inline-label">
              Paper
              <select value={paper} onChange={(e) => setPaper(e.target.value as 'A4' | 'LETTER')}>
                <option value="A4">A4</option>
                <option value="LETTER">US Letter</option>
              </select>
            </label>
          </fieldset>
          <fieldset>
            <legend>Weeks</legend>
            <InlineCheckbox checked={allWeeks} onChange={setAllWeeks}>
              The whole block
            </InlineCheckbox>
            {!allWeeks && (
              <>
                <label className="inline-label">
                  From week
                  <input
                    type="number"
                    min={1}
                    value={from}
                    onChange={(e) => setFrom(e.target.value)}
                  />
                </label>
                <label className="inline-label">
                  to week
                  <input type="number" min={1} value={to} onChange={(e) => setTo(e.target.value)} />
                </label>
              </>
            )}
          </fieldset>
          {folderChoice === 'typed' ? (
            <label className="field">
              Folder
              <input value={folder} onChange={(e) => setFolder(e.target.value)} />
            </label>
          ) : (
            <div className="field">
              <span id="handouts-folder">Folder</span>
              <span className="folder-label" aria-labelledby="handouts-folder">
                {folderLabel}
              </span>
              <button
                type="button"
                onClick={() =>
                  void api.handouts.chooseFolder().then((r) => {
                    if (!r.ok || !r.value.chosen) return
                    setFolder(r.value.chosen.folder)
                    setFolderLabel(r.value.chosen.label)
                  })
                }
              >
                Choose folder…
              </button>
            </div>
          )}
          <InlineCheckbox checked={replace} onChange={setReplace}>
            Replace existing files
          </InlineCheckbox>
          <ErrorSummary problems={problem} />
          {progress.phase === 'running' && (
            <label className="check-progress">
              Exporting {progress.done + 1} of {chosen.size}: {progress.current}
              <progress max={chosen.size} value={progress.done} />
            </label>
          )}
          <div className="form-actions">
            {progress.phase === 'running' ? (
              <button type="button" onClick={() => (cancelled.current = true)}>
                Cancel
              </button>
            ) : (
              <button
                type="submit"
                className="button-primary"
                disabled={
                  chosen.size === 0 ||
                  !(formats.pdf || formats.ics || formats.csv) ||
                  progress.phase === 'checking'
                }
              >
                Export
              </button>
            )}
            <button type="button" onClick={onClose} disabled={progress.phase === 'running'}>
              Close
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
