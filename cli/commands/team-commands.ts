import { defineCommand } from '../command-spec'

const PG = {
  type: 'string',
  value: 'URL',
  required: true,
  help: 'the team database (postgres://user:password@host:5432/blockwise)',
} as const

/** A port number 0–65535 (0: a free one), or the message naming --port. */
function portOf(text: string): number | string {
  return /^\d+$/.test(text) && Number(text) <= 65535
    ? Number(text)
    : `--port must be a whole number from 0 to 65535, got ${JSON.stringify(text)}`
}

/** A coaching team on one PostgreSQL database: its server, its coaches, moving a file in. */
export const teamCommands = [
  defineCommand({
    name: 'serve',
    summary: 'serve the app to a team’s coaches from a PostgreSQL database (coaches sign in)',
    options: {
      pg: PG,
      port: { type: 'string', value: 'N', default: '8080', help: 'the port (default 8080)' },
      listen: {
        type: 'string',
        value: 'ADDR',
        default: '127.0.0.1',
        help: 'the address to listen on (default 127.0.0.1; 0.0.0.0 or a LAN address for a team)',
      },
    },
    check: (values) => {
      const port = portOf(values.port)
      return typeof port === 'string' ? port : null
    },
    run: async (values) =>
      (await import('../serve.command')).serveCommand({
        pg: values.pg,
        port: portOf(values.port) as number,
        listen: values.listen,
      }),
  }),
  defineCommand({
    name: 'team init',
    summary: 'make a PostgreSQL database a team’s, with its head coach and a one-time sign-in code',
    options: {
      pg: PG,
      head: { type: 'string', value: 'EMAIL', required: true, help: 'the head coach’s e-mail' },
      name: {
        type: 'string',
        value: 'NAME',
        help: 'the head coach’s name (default: from the e-mail)',
      },
    },
    run: async (values) => (await import('../team.command')).teamInitCommand(values),
  }),
  defineCommand({
    name: 'team add',
    summary: 'add a coach to the team, with a one-time sign-in code',
    options: {
      pg: PG,
      email: { type: 'string', value: 'EMAIL', required: true, help: 'the coach’s e-mail' },
      name: { type: 'string', value: 'NAME', help: 'the coach’s name (default: from the e-mail)' },
      role: {
        type: 'string',
        value: 'ROLE',
        choices: ['coach', 'head'],
        default: 'coach',
        help: 'coach (their own and shared clients) or head (every client, adds coaches)',
      },
    },
    run: async (values) =>
      (await import('../team.command')).teamAddCommand({
        ...values,
        role: values.role === 'head' ? 'head' : 'coach',
      }),
  }),
  defineCommand({
    name: 'team code',
    summary: 'a new one-time sign-in code for a coach who forgot their password',
    options: {
      pg: PG,
      email: { type: 'string', value: 'EMAIL', required: true, help: 'the coach’s e-mail' },
    },
    run: async (values) => (await import('../team.command')).teamCodeCommand(values),
  }),
  defineCommand({
    name: 'migrate',
    summary: 'copy a desktop database into an empty team database, its clients to the head coach',
    options: {
      db: { type: 'string', value: 'FILE', required: true, help: 'the desktop database to copy' },
      pg: PG,
    },
    run: async (values) => (await import('../team.command')).migrateCommand(values),
  }),
]
