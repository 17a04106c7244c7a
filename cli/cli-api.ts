import { createApiClient } from '../shared/contract/api-client'
import type { Api } from '../shared/contract/api-client'
import { BUSY_MESSAGE, retryWhenBusy } from '../shared/contract/busy-retry'
import type { Backend } from '../server/backend'

/**
 * The same typed calls the app makes, straight to the handlers. A call that meets another program
 * writing the database (the app, a second import) waits and retries, saying so once on stderr.
 */
export function cliApi(backend: Backend): Api {
  let said = false
  return createApiClient(
    retryWhenBusy((name, input) => backend.dispatch(name, input), {
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      onWaiting: (waiting) => {
        if (waiting && !said) process.stderr.write(`${BUSY_MESSAGE}\n`)
        said ||= waiting
      },
    }),
  )
}
