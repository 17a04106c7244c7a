import type { Transport } from './api-client'

/** What the coach reads while a save waits for another program to finish writing. */
export const BUSY_MESSAGE = 'Another program is writing to the database, retrying…'

export interface BusyRetryOptions {
  /** Waits `ms` milliseconds (setTimeout in the app; the engine side has no clock of its own). */
  sleep: (ms: number) => Promise<void>
  /** Called when a call is found waiting (to show BUSY_MESSAGE) and when it is through. */
  onWaiting?: (waiting: boolean) => void
  /** How long to keep trying before the busy answer is given to the caller. */
  limitMs?: number
}

const isBusy = (result: unknown) =>
  typeof result === 'object' &&
  result !== null &&
  (result as { ok?: unknown }).ok === false &&
  (result as { error?: { code?: unknown } }).error?.code === 'busy'

/**
 * A transport that retries a call refused because another program (a second window, the command
 * line, an import) was writing to the database, with growing pauses, instead of losing the edit.
 * Safe to repeat: a busy refusal comes before the transaction began, so nothing was changed, and
 * a revision-checked save still carries the revision it was made on.
 */
export function retryWhenBusy(transport: Transport, options: BusyRetryOptions): Transport {
  const limit = options.limitMs ?? 120_000
  return async (name, input) => {
    let result = await transport(name, input)
    if (!isBusy(result)) return result
    options.onWaiting?.(true)
    try {
      let waited = 0
      for (let pause = 100; isBusy(result) && waited < limit; pause = Math.min(pause * 2, 2000)) {
        await options.sleep(pause)
        waited += pause
        result = await transport(name, input)
      }
      return result
    } finally {
      options.onWaiting?.(false)
    }
  }
}
