import { useEffect, useState } from 'react'
import { api } from './api/backend'
import { useWaitingForDatabase } from './api/busy-status'
import { BUSY_MESSAGE } from '../../shared/contract/busy-retry'
import { BlockScreen } from './block/BlockScreen'
import { RosterScreen } from './roster/RosterScreen'
import { RosterCheckScreen } from './roster-check/RosterCheckScreen'

/** The window: a header naming where the data lives, and the roster. */
export function App() {
  const [dataFile, setDataFile] = useState<string | null>(null)
  const [connectionError, setConnectionError] = useState<string | null>(null)
  const [openBlock, setOpenBlock] = useState<{ id: string; focus: string[] } | null>(null)
  const [view, setView] = useState<'clients' | 'check'>('clients')
  const waitingForDatabase = useWaitingForDatabase()

  useEffect(() => {
    void api.app.info().then((result) => {
      if (result.ok) setDataFile(result.value.dataFile)
      else setConnectionError(result.error.message)
    })
  }, [])

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">Blockwise</h1>
        {!openBlock && (
          <nav className="app-nav" aria-label="Screens">
            <button
              type="button"
              aria-current={view === 'clients' ? 'page' : undefined}
              onClick={() => setView('clients')}
            >
              Clients
            </button>
            <button
              type="button"
              aria-current={view === 'check' ? 'page' : undefined}
              onClick={() => setView('check')}
            >
              Roster check
            </button>
          </nav>
        )}
        {dataFile && (
          <span className="app-data" title={dataFile}>
            Data: {dataFile}
          </span>
        )}
      </header>
      {waitingForDatabase && (
        <p role="status" className="banner banner-warn busy-banner">
          {BUSY_MESSAGE}
        </p>
      )}
      {connectionError ? (
        <main className="app-main">
          <p role="alert" className="banner banner-error">
            {connectionError}
          </p>
        </main>
      ) : openBlock ? (
        <BlockScreen
          key={openBlock.id}
          blockId={openBlock.id}
          initialFocus={openBlock.focus}
          backLabel={view === 'check' ? 'Roster check' : 'Roster'}
          onBack={() => setOpenBlock(null)}
          onOpenBlock={(id) => setOpenBlock({ id, focus: [] })}
        />
      ) : view === 'check' ? (
        <RosterCheckScreen
          onOpenFinding={(f) => setOpenBlock({ id: f.blockId, focus: f.sessions })}
        />
      ) : (
        <RosterScreen onOpenBlock={(id) => setOpenBlock({ id, focus: [] })} />
      )}
    </div>
  )
}
