import type { Result } from '../../../shared/contract/result'

/**
 * Hands what a backend read answers to `use`, unless the effect that started it was cleaned up
 * first (another client opened, the screen closed, a newer read started): a slow answer never
 * overwrites a newer one. A refused read leaves what is shown. Returns the effect's cleanup:
 * `useEffect(() => readLatest(api.exercises.list(), setExercises), [version])`.
 */
export function readLatest<T>(read: Promise<Result<T>>, use: (value: T) => void): () => void {
  let current = true
  void read.then((result) => {
    if (current && result.ok) use(result.value)
  })
  return () => {
    current = false
  }
}
