import { Suspense, lazy, useCallback, useEffect, useState } from 'react'
import { api } from './api/backend'
import { useWaitingForDatabase } from './api/busy-status'
import { BUSY_MESSAGE } from '../../shared/contract/busy-retry'
import { RosterScreen } from './roster/RosterScreen'
import { parseRoute, routeHash } from './routes'
import type { Route } from './routes'
import { CoachBadge } from './team/TeamGate'
import { useSignedInCoach } from './team/team-context'

// Screens other than the roster load when first opened: the first paint parses only the roster.
const BlockScreen = lazy(() =>
  import('./block/BlockScreen').then((m) => ({ default: m.BlockScreen })),
)
const RosterCheckScreen = lazy(() =>
  import('./roster-check/RosterCheckScreen').then((m) => ({ default: m.RosterCheckScreen })),
)
const LibraryScreen = lazy(() =>
  import('./library/LibraryScreen').then((m) => ({ default: m.LibraryScreen })),
)
const TemplatesScreen = lazy(() =>
  import('./templates/TemplatesScreen').then((m) => ({ default: m.TemplatesScreen })),
)

/** The screens the header's buttons open, in their order. */
const SCREENS = [
  { screen: 'clients', name: 'Clients' },
  { screen: 'check', name: 'Roster check' },
  { screen: 'library', name: 'Exercises' },
  { screen: 'templates', name: 'Templates' },
] as const

const LOADING = (
  <main className="app-main">
    <p className="muted">Loading…</p>
  </main>
)

/** The screen the address names, kept in step with Back, Forward and reload. */
function useRoute(): [Route, (next: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', follow)
    return () => window.removeEventListener('hashchange', follow)
  }, [])
  // Setting the hash adds a history entry; the hashchange listener then renders the screen.
  const go = useCallback((next: Route) => {
    window.location.hash = routeHash(next)
  }, [])
  return [route, go]
}

/** The window: a header naming where the data lives, and the roster. */
export function App() {
  const [dataFile, setDataFile] = useState<string | null>(null)
  const [connectionError, setConnectionError] = useState<string | null>(null)
  const [route, go] = useRoute()
  // The block ← Roster left, so the roster gives the keyboard back to its row (not the body).
  const [leftBlock, setLeftBlock] = useState<string | null>(null)
  const openBlock =
    route.screen === 'block' ? { id: route.blockId, focus: route.focus, from: route.from } : null
  const view = route.screen === 'block' ? route.from : route.screen
  const waitingForDatabase = useWaitingForDatabase()
  const coach = useSignedInCoach()

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
            {SCREENS.map(({ screen, name }) => (
              <button
                key={screen}
                type="button"
                aria-current={view === screen ? 'page' : undefined}
                onClick={() => go({ screen })}
              >
                {name}
              </button>
            ))}
          </nav>
        )}
        {dataFile && (
          <span className="app-data" title={dataFile}>
            Data: {dataFile}
          </span>
        )}
        {coach && <CoachBadge coach={coach} />}
      </header>
      {waitingForDatabase && (
        <p role="status" className="banner banner-warn busy-banner">
          {BUSY_MESSAGE}
        </p>
      )}
      <Suspense fallback={LOADING}>
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
            onBack={() => {
              setLeftBlock(openBlock.id)
              go({ screen: view })
            }}
            onOpenBlock={(id) =>
              go({ screen: 'block', blockId: id, focus: [], from: openBlock.from })
            }
          />
        ) : view === 'library' ? (
          <LibraryScreen />
        ) : view === 'templates' ? (
          <TemplatesScreen
            onOpenBlock={(id) => go({ screen: 'block', blockId: id, focus: [], from: 'clients' })}
          />
        ) : view === 'check' ? (
          <RosterCheckScreen
            onOpenFinding={(f) =>
              go({ screen: 'block', blockId: f.blockId, focus: f.sessions, from: 'check' })
            }
          />
        ) : (
          <RosterScreen
            returnFromBlock={leftBlock}
            onOpenBlock={(id) => go({ screen: 'block', blockId: id, focus: [], from: 'clients' })}
          />
        )}
      </Suspense>
    </div>
  )
}
