import { openDatabase } from './database'
import type { OpenSqliteDatabase } from './database'
import type { OpenPostgresDatabase } from './postgres/postgres-database'
import { redactUrl } from './postgres/redact-url'

/** An opened Blockwise database of either kind; `dialect` tells which. */
export type OpenDatabase = OpenSqliteDatabase | OpenPostgresDatabase

/** Where the data lives: one coach's SQLite file, or a team's PostgreSQL database. */
export type DatabaseLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }

/** Opens (and migrates) the database at `location`. */
export async function openAnyDatabase(
  location: DatabaseLocation,
  options: { now?: Date; nativeBinding?: string; poolSize?: number } = {},
): Promise<OpenDatabase> {
  if (location.kind === 'postgres') {
    // Loaded only for a team database: a desktop command never pays for the PostgreSQL driver.
    const { openPostgresDatabase } = await import('./postgres/postgres-database')
    return openPostgresDatabase(location.url, {
      ...(options.now ? { now: options.now } : {}),
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
    })
  }
  return openDatabase(location.file, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
}

/** The location as a person reads it: the file, or the URL without its password. */
export function describeLocation(location: DatabaseLocation): string {
  return location.kind === 'sqlite' ? location.file : redactUrl(location.url)
}
