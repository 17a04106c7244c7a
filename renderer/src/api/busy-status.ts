import { useSyncExternalStore } from 'react'

/** How many backend calls are waiting for another program to finish writing the database. */
let waiting = 0
const listeners = new Set<() => void>()

/** The API's retry reports here when a call starts and stops waiting for the database. */
export function setWaitingForDatabase(isWaiting: boolean): void {
  waiting = Math.max(0, waiting + (isWaiting ? 1 : -1))
  for (const listener of listeners) listener()
}

/** True while any call waits for the database; the window shows it so the coach knows why. */
export function useWaitingForDatabase(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => waiting > 0,
  )
}
