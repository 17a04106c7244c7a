import { defineCommand } from '../command-spec'
import { databaseCommand, databaseOptions, theDatabase } from './database-option'

/** --force of a command that writes one file: what it may replace, and what never. */
const force = (what: string) =>
  ({
    type: 'boolean',
    help: `replace ${what} if it exists (never a database in use, its -wal/-shm, or the file read)`,
  }) as const

/** Commands on the database file as a whole: copies, exports, the demo roster. */
export const dataCommands = [
  defineCommand({
    name: 'demo',
    summary: 'write the demo roster (a dozen clients) to a new database file',
    options: {
      db: { type: 'string', value: 'FILE', required: true, help: 'the new database file' },
    },
    run: async (values) => (await import('../demo.command')).demoCommand(values.db),
  }),
  defineCommand({
    name: 'backup',
    summary: 'copy the database safely, even while the app runs, with a checksum beside it',
    options: {
      db: { type: 'string', value: 'FILE', required: true, help: 'the database to copy' },
      out: { type: 'string', value: 'FILE', required: true, help: 'the backup to write' },
      force: force('--out'),
    },
    run: async (values) =>
      (await import('../backup.command')).backupCommand(values.db, values.out, values.force),
  }),
  defineCommand({
    name: 'restore',
    summary: 'check a backup (checksum, integrity, version) and restore it into a new file',
    options: {
      from: { type: 'string', value: 'BACKUP', required: true, help: 'the backup to restore' },
      db: { type: 'string', value: 'NEWFILE', required: true, help: 'the database file to write' },
      force: force('--db'),
    },
    run: async (values) =>
      (await import('../backup.command')).restoreCommand(values.from, values.db, values.force),
  }),
  databaseCommand({
    name: 'dump',
    summary: 'write the whole database as JSON (a coach’s file or a team database alike)',
    options: {
      ...databaseOptions('the database file to read'),
      out: { type: 'string', value: 'FILE.json', required: true, help: 'the JSON file to write' },
      force: force('--out'),
    },
    run: async (values) =>
      (await import('../dump.command')).dumpCommand(theDatabase(values), values.out, values.force),
  }),
  databaseCommand({
    name: 'load',
    summary:
      'load a JSON dump into a new database file or an empty team database, checked first, all or nothing',
    options: {
      from: {
        type: 'string',
        value: 'FILE.json',
        required: true,
        help: 'a dump written by blockwise dump',
      },
      ...databaseOptions('the new database file to write'),
      force: force('--db'),
    },
    check: (values) =>
      values.pg !== undefined && values.force
        ? 'A team database is loaded only when it is empty: --force is for --db FILE.'
        : null,
    run: async (values) =>
      (await import('../dump.command')).loadCommand(values.from, theDatabase(values), values.force),
  }),
]
