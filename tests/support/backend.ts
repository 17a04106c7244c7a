import { afterAll } from 'vitest'
import type { Result } from '../../shared/contract/result'
import { openBackend } from '../../server/backend'
import type { Backend, BackendLocation } from '../../server/backend'
import type { OpenSqliteDatabase } from '../../db/database'
import type { DatabaseLocation } from '../../db/open-database'
import { freshDatabase } from './test-database'

export const FROZEN_NOW = new Date('2026-11-23T09:00:00.000Z')

const locations = new WeakMap<Backend, DatabaseLocation>()
const open = new Set<Backend>()

// A test that forgot to close its backend must not keep PostgreSQL connections (and the worker)
// alive, nor stop its database from being dropped.
afterAll(async () => {
  for (const backend of [...open]) await backend.close()
})

const asBackendLocation = (location: DatabaseLocation): BackendLocation =>
  location.kind === 'sqlite' ? { dataFile: location.file } : { postgresUrl: location.url }

/**
 * A backend on a real database with a frozen clock and predictable ids: a temporary SQLite file,
 * or (in the postgres project) a fresh PostgreSQL database. `dataFile` opens that SQLite file;
 * `sameDatabaseAs` opens a second backend on another's database (a second window, the CLI, a
 * restart).
 */
export async function testBackend(
  options: {
    seedDemo?: boolean
    dataFile?: string
    sameDatabaseAs?: Backend
    location?: DatabaseLocation
    coachesSignIn?: boolean
    now?: () => Date
    host?: 'test' | 'cli'
  } = {},
): Promise<Backend> {
  const location: DatabaseLocation =
    options.location ??
    (options.dataFile !== undefined
      ? { kind: 'sqlite', file: options.dataFile }
      : options.sameDatabaseAs
        ? locationOf(options.sameDatabaseAs)
        : await freshDatabase())
  let counter = 0
  const backend = await openBackend({
    ...asBackendLocation(location),
    host: options.host ?? 'test',
    seedDemoWhenEmpty: options.seedDemo ?? false,
    checkOutputs: true,
    poolSize: 3,
    coachesSignIn: options.coachesSignIn ?? false,
    now: options.now ?? (() => FROZEN_NOW),
    newId: () => `id-${String(++counter).padStart(5, '0')}`,
  })
  locations.set(backend, location)
  open.add(backend)
  const close = backend.close.bind(backend)
  backend.close = async () => {
    if (!open.delete(backend)) return
    await close()
  }
  return backend
}

/** Where a test backend's data lives. */
export function locationOf(backend: Backend): DatabaseLocation {
  const location = locations.get(backend)
  if (!location) throw new Error('Not a backend made by testBackend.')
  return location
}

/** The SQLite file of a test backend; for the tests about files themselves. */
export function sqliteFileOf(backend: Backend): string {
  const location = locationOf(backend)
  if (location.kind !== 'sqlite') throw new Error('This test is about SQLite files.')
  return location.file
}

/** The value of a successful contract call; a failure ends the test with the error it carried. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

/** A test backend's SQLite database (file, raw connection); for the tests about SQLite itself. */
export function sqliteOf(backend: Backend): OpenSqliteDatabase {
  if (backend.database.dialect !== 'sqlite') throw new Error('This test is about SQLite files.')
  return backend.database
}
