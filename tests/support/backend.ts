import type { Result } from '../../shared/contract/result'
import { openBackend } from '../../server/backend'
import type { Backend } from '../../server/backend'
import { tempDbFile } from './temp-files'

export const FROZEN_NOW = new Date('2026-11-23T09:00:00.000Z')

/** A backend on a real temporary SQLite file with a frozen clock and predictable ids. */
export async function testBackend(
  options: { seedDemo?: boolean; dataFile?: string } = {},
): Promise<Backend> {
  let counter = 0
  return openBackend({
    dataFile: options.dataFile ?? tempDbFile(),
    host: 'test',
    seedDemoWhenEmpty: options.seedDemo ?? false,
    checkOutputs: true,
    now: () => FROZEN_NOW,
    newId: () => `id-${String(++counter).padStart(5, '0')}`,
  })
}

/** The value of a successful contract call; a failure ends the test with the error it carried. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}
