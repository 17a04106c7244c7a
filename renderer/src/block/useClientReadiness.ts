import { useEffect, useState } from 'react'
import type { ReadinessEntry } from '../../../shared/schemas/readiness.schema'
import { api } from '../api/backend'
import { readLatest } from '../api/read-latest'

/**
 * The client's readiness reports: the strip above the weeks and the dialog's days. Null until
 * read: the strip is drawn with the sheet, not after it (a late strip would move the sheet under
 * the coach's pointer). `reload` reads them again after the dialog saved some.
 */
export function useClientReadiness(clientId: string | undefined) {
  const [entries, setEntries] = useState<ReadinessEntry[] | null>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!clientId) return
    return readLatest(api.readiness.list({ clientId }), setEntries)
  }, [clientId, version])
  return { entries, reload: () => setVersion((v) => v + 1) }
}
