import type { DatabaseLocation } from '../../db/open-database'
import type { CommandSpec, OptionSpec, Options } from '../command-spec'
import { defineCommand } from '../command-spec'

/**
 * `--db FILE` or `--pg URL`: every command that reads or writes a roster takes either one coach's
 * SQLite file or a team's PostgreSQL database. On a team database the command line acts as
 * itself (its writes are recorded as the command line's, and it sees every client).
 */
export const databaseOptions = (fileHelp = 'the database file') =>
  ({
    db: { type: 'string', value: 'FILE', help: fileHelp },
    pg: {
      type: 'string',
      value: 'URL',
      insteadOf: 'db',
      help: 'or a team database (postgres://user:password@host:5432/blockwise)',
    },
  }) as const

/** The one database the options name, or the message saying to name exactly one. */
export function databaseOf(values: {
  db?: string | undefined
  pg?: string | undefined
}): DatabaseLocation | string {
  if ((values.db === undefined) === (values.pg === undefined))
    return 'Name one database: --db FILE (a coach’s file) or --pg URL (a team database)'
  return values.pg !== undefined
    ? { kind: 'postgres', url: values.pg }
    : { kind: 'sqlite', file: values.db! }
}

/** For `check`: the message when the options do not name exactly one database, else null. */
export const oneDatabase = (values: { db?: string | undefined; pg?: string | undefined }) => {
  const location = databaseOf(values)
  return typeof location === 'string' ? location : null
}

/** For `run`, after `check` passed. */
export const theDatabase = (values: { db?: string | undefined; pg?: string | undefined }) =>
  databaseOf(values) as DatabaseLocation

/** What `databaseOptions()` declares, as a command's options must include it. */
type DatabaseOptions = { db: OptionSpec; pg: OptionSpec }

/**
 * A command on one roster, its options including `databaseOptions()`: exactly one of --db and
 * --pg must be named, checked before the command's own `check`.
 */
export const databaseCommand = <const O extends Options & DatabaseOptions>(
  spec: CommandSpec<O>,
): CommandSpec =>
  defineCommand({
    ...spec,
    check: (values, positionals) =>
      oneDatabase(values as { db?: string; pg?: string }) ??
      spec.check?.(values, positionals) ??
      null,
  })
