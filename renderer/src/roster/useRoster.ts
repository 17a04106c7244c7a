import { useCallback, useEffect, useState } from 'react'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { api } from '../api/backend'
import { onLiveChange } from '../team/live-changes'

/** The roster list for the current search and archive filter, reloadable after an edit. */
export function useRoster(search: string, includeArchived: boolean) {
  const [clients, setClients] = useState<ClientSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let current = true
    void api.clients.list({ search, includeArchived }).then((result) => {
      if (!current) return
      if (result.ok) {
        setClients(result.value)
        setError(null)
      } else {
        setError(result.error.message)
      }
    })
    // A slower answer to an older search must not overwrite the newer one.
    return () => {
      current = false
    }
  }, [search, includeArchived, generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  // Another coach of a team changed a client or a block: the list as it now is.
  useEffect(() => onLiveChange(reload), [reload])
  return { clients, error, reload }
}
