import { useEffect, useState } from 'react'
import { api } from './api/backend'
import { BlockScreen } from './block/BlockScreen'
import { RosterScreen } from './roster/RosterScreen'

/** The window: a header naming where the data lives, and the roster. */
export function App() {
  const [dataFile, setDataFile] = useState<string | null>(null)
  const [connectionError, setConnectionError] = useState<string | null>(null)
  const [openBlock, setOpenBlock] = useState<string | null>(null)

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
        {dataFile && (
          <span className="app-data" title={dataFile}>
            Data: {dataFile}
          </span>
        )}
      </header>
      {connectionError ? (
        <main className="app-main">
          <p role="alert" className="banner banner-error">
            {connectionError}
          </p>
        </main>
      ) : openBlock ? (
        <BlockScreen
          key={openBlock}
          blockId={openBlock}
          onBack={() => setOpenBlock(null)}
          onOpenBlock={setOpenBlock}
        />
      ) : (
        <RosterScreen onOpenBlock={setOpenBlock} />
      )}
    </div>
  )
}
