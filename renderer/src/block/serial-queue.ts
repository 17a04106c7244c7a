/**
 * Runs async tasks one at a time, in the order they were queued, whatever each one's outcome. The
 * editor's saves go through one: each save needs the revision the previous one produced, and an
 * undo must undo the step saved just before it, even when the coach is quicker than the backend.
 */
export function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task)
    tail = result.catch(() => undefined)
    return result
  }
}
