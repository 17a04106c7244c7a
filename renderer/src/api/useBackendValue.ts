import { useEffect, useState } from 'react'
import type { DependencyList } from 'react'
import type { Result } from '../../../shared/contract/result'

/**
 * A value read from the backend, read again whenever `deps` change: null until the first answer,
 * then the last one (a refused read leaves it as it was). An answer that arrives after the deps
 * moved on, or after the component is gone, is dropped, so a slow old read never overwrites a
 * newer one. `read` is null while there is nothing to read (not opened yet, not signed in).
 */
export function useBackendValue<T>(
  read: (() => Promise<Result<T>>) | null,
  deps: DependencyList,
): T | null {
  const [value, setValue] = useState<T | null>(null)
  useEffect(() => {
    if (!read) return
    let current = true
    void read().then((result) => {
      if (current && result.ok) setValue(result.value)
    })
    return () => {
      current = false
    }
    // `read` is a new closure at each render; `deps` name what it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  return value
}
