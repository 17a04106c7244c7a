import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, inject } from 'vitest'
import type { DatabaseLocation } from '../../db/open-database'
import { TEMPLATE_DATABASE } from './pg-cluster'
import { tempDbFile } from './temp-files'

/**
 * Which database the suites run on: the `sqlite` project of vitest.config.ts leaves it SQLite,
 * the `postgres` project runs the same files again with BLOCKWISE_TEST_DIALECT=postgres against
 * the throwaway cluster of tests/support/pg-cluster.global-setup.ts.
 */
export const TEST_DIALECT: 'sqlite' | 'postgres' =
  process.env.BLOCKWISE_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite'

export const onPostgres = TEST_DIALECT === 'postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's `postgres` database (admin), or '' when PostgreSQL is absent. */
    pgAdminUrl: string
  }
}

/** The throwaway cluster's admin URL; only in the postgres project. */
export function pgAdminUrl(): string {
  const url = inject('pgAdminUrl')
  if (!url) throw new Error('This test needs the postgres project (PostgreSQL is not running).')
  return url
}

const created: string[] = []

/** A URL for `database` on the throwaway cluster. */
export function urlOf(database: string): string {
  const url = new URL(pgAdminUrl())
  url.pathname = `/${database}`
  return url.toString()
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgAdminUrl())
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/**
 * A new, empty PostgreSQL database for one test. `migrated` copies the template that already has
 * the schema (about 30 ms); otherwise it is empty, as `team init` or `migrate` would find it.
 * Dropped when the test file ends, whatever connections are still open.
 */
export async function freshPostgresDatabase(options: { migrated?: boolean } = {}): Promise<string> {
  const name = `bw_${randomBytes(6).toString('hex')}`
  const template = options.migrated === false ? 'template0' : TEMPLATE_DATABASE
  await admin((c) => c.query(`create database ${name} template ${template}`))
  created.push(name)
  return urlOf(name)
}

afterAll(async () => {
  const names = created.splice(0)
  if (names.length === 0) return
  await admin(async (c) => {
    for (const name of names) await c.query(`drop database if exists ${name} with (force)`)
  })
})

/** A fresh database of the suite's dialect: a temporary file, or a new PostgreSQL database. */
export async function freshDatabase(): Promise<DatabaseLocation> {
  return onPostgres
    ? { kind: 'postgres', url: await freshPostgresDatabase() }
    : { kind: 'sqlite', file: tempDbFile() }
}
