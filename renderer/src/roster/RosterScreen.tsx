import { Suspense, lazy, useEffect, useRef, useState } from 'react'
import { counted } from '../../../shared/words/counted'
import type { Client, ClientSummary } from '../../../shared/schemas/client.schema'
import { api } from '../api/backend'
import { NewBlockDialog } from '../block/dialogs/NewBlockDialog'
import { ClientForm } from './ClientForm'
import { RosterTable } from './RosterTable'
import { useRoster } from './useRoster'

// Loaded when first opened: the roster's first paint does without the import and handout code.
const ImportDialog = lazy(() =>
  import('../imports/ImportDialog').then((m) => ({ default: m.ImportDialog })),
)
const HandoutsDialog = lazy(() =>
  import('../handouts/HandoutsDialog').then((m) => ({ default: m.HandoutsDialog })),
)

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'existing'; client: Client }

/** The roster: search, the client list, and the add/edit form beside it. */
export function RosterScreen({
  onOpenBlock,
  returnFromBlock = null,
}: {
  onOpenBlock: (blockId: string) => void
  /** The block the coach came back from: its link on the roster gets the keyboard. */
  returnFromBlock?: string | null
}) {
  const [search, setSearch] = useState('')
  const [showArchived, setShowArchived] = useState(false)
  const [editing, setEditing] = useState<Editing>({ kind: 'none' })
  const [newBlockFor, setNewBlockFor] = useState<ClientSummary | null>(null)
  const [handouts, setHandouts] = useState(false)
  const [importing, setImporting] = useState(false)
  const [status, setStatus] = useState<{ text: string; undoArchiveOf?: Client } | null>(null)
  const { clients, error, reload } = useRoster(search, showArchived)
  // A client just added: the keyboard goes to their row once the roster shows it (the form it
  // was typed in is replaced by the client's own, and focus would fall to the page's body).
  const focusRowOf = useRef<string | null>(null)
  useEffect(() => {
    const id = focusRowOf.current
    if (!id || !clients?.some((c) => c.id === id)) return
    document.querySelector<HTMLElement>(`[data-client-id="${id}"] button`)?.focus()
    focusRowOf.current = null
  }, [clients])

  const returnTo = useRef(returnFromBlock)
  useEffect(() => {
    const blockId = returnTo.current
    if (!blockId || !clients) return
    returnTo.current = null
    const client = clients.find((c) => c.activeBlock?.id === blockId)
    if (!client) return
    document
      .querySelector<HTMLElement>(`[data-client-id="${client.id}"] button[aria-label^="Open "]`)
      ?.focus()
  }, [clients])

  async function open(id: string) {
    const result = await api.clients.get({ id })
    if (result.ok) setEditing({ kind: 'existing', client: result.value })
    else setStatus({ text: result.error.message })
  }

  async function setArchived(client: Pick<Client, 'id' | 'name'>, archived: boolean) {
    const result = archived
      ? await api.clients.archive({ id: client.id })
      : await api.clients.restore({ id: client.id })
    if (!result.ok) {
      setStatus({ text: result.error.message })
      return
    }
    setStatus(
      archived
        ? {
            text: `Archived ${result.value.name}. Nothing was deleted.`,
            undoArchiveOf: result.value,
          }
        : { text: `Restored ${result.value.name} to the roster.` },
    )
    setEditing(
      archived && !showArchived ? { kind: 'none' } : { kind: 'existing', client: result.value },
    )
    reload()
  }

  const selectedId = editing.kind === 'existing' ? editing.client.id : null
  return (
    <main className={`app-main roster-screen ${editing.kind === 'none' ? 'roster-alone' : ''}`}>
      <section className="panel roster-list" aria-labelledby="roster-title">
        <div className="toolbar">
          <h2 id="roster-title">Clients</h2>
          <input
            type="search"
            aria-label="Search clients"
            placeholder="Search by name, email or goal"
            value={search}
            maxLength={200}
            onChange={(e) => setSearch(e.target.value)}
          />
          <label className="toggle">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
            />
            Show archived
          </label>
          <button
            type="button"
            className="button-primary"
            onClick={() => setEditing({ kind: 'new' })}
          >
            New client
          </button>
          <button type="button" onClick={() => setImporting(true)}>
            Import…
          </button>
          <button type="button" onClick={() => setHandouts(true)}>
            Handouts…
          </button>
        </div>
        <div role="status" className="status-line">
          {status && (
            <>
              {status.text}
              {status.undoArchiveOf && (
                <button
                  type="button"
                  className="button-small"
                  onClick={() => void setArchived(status.undoArchiveOf!, false)}
                >
                  Undo
                </button>
              )}
            </>
          )}
        </div>
        {error && (
          <p role="alert" className="banner banner-error">
            {error}
          </p>
        )}
        {clients === null ? (
          <p className="muted">Loading clients…</p>
        ) : (
          <RosterTable
            clients={clients}
            selectedId={selectedId}
            onOpen={(id) => void open(id)}
            onRestore={(client: ClientSummary) => void setArchived(client, false)}
            onOpenBlock={onOpenBlock}
            onNewBlock={setNewBlockFor}
          />
        )}
      </section>
      <Suspense fallback={null}>
        {importing && clients && (
          <ImportDialog
            clients={clients}
            onClose={() => setImporting(false)}
            onImportedPlan={onOpenBlock}
            onImportedClients={(count) => {
              setImporting(false)
              setStatus({ text: `Imported ${counted(count, 'client')}.` })
              reload()
            }}
            onImported={(summary) => {
              setImporting(false)
              setStatus({ text: summary })
              reload()
            }}
          />
        )}
        {handouts && clients && (
          <HandoutsDialog
            clients={clients
              .filter((c) => c.activeBlock !== null && !c.archived)
              .map((c) => ({
                id: c.id,
                name: c.name,
                blockId: c.activeBlock!.id,
                weekCount: c.activeBlock!.weeks,
              }))}
            onClose={() => setHandouts(false)}
          />
        )}
      </Suspense>
      {newBlockFor && (
        <NewBlockDialog
          source={{
            kind: 'create',
            clientId: newBlockFor.id,
            clientName: newBlockFor.name,
            hasActiveBlock: newBlockFor.activeBlock !== null,
          }}
          onCreated={onOpenBlock}
          onClose={() => setNewBlockFor(null)}
        />
      )}
      {editing.kind !== 'none' && (
        <ClientForm
          key={
            editing.kind === 'existing' ? `${editing.client.id}:${editing.client.updatedAt}` : 'new'
          }
          client={editing.kind === 'existing' ? editing.client : null}
          onCancel={() => setEditing({ kind: 'none' })}
          onSaved={(client) => {
            // The saved client's row has the keyboard, new or edited (it fell to the page's body).
            focusRowOf.current = client.id
            setStatus({ text: `Saved ${client.name}.` })
            setEditing({ kind: 'existing', client })
            reload()
          }}
          onArchiveToggled={(client) => void setArchived(client, !client.archived)}
          onOpenBlock={onOpenBlock}
        />
      )}
    </main>
  )
}
