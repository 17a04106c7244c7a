import { randomUUID } from 'node:crypto'
import { openPostgresDatabase } from '../db/postgres/postgres-database'
import type { OpenPostgresDatabase } from '../db/postgres/postgres-database'
import { PostgresConnectionError } from '../db/postgres/postgres-database'
import { BackupError } from '../db/backup-error'
import { openBackend } from '../server/backend'
import { moveIntoTeam } from '../server/team/move-in'
import { initTeam, nameFromEmail } from '../server/team/team-setup'
import { issueSignInCode } from '../server/team/coach-auth'
import { DomainError } from '../shared/contract/result'
import { CoachEmailSchema } from '../shared/schemas/team.schema'
import type { CommandResult } from './command-result'

/** A problem the operator can act on (no database there, a coach already added): exit 2, one line. */
async function guarded(run: () => Promise<string>): Promise<CommandResult> {
  try {
    return { exitCode: 0, stdout: await run() }
  } catch (error) {
    if (
      error instanceof DomainError ||
      error instanceof BackupError ||
      error instanceof PostgresConnectionError
    ) {
      return { exitCode: 2, stderr: error.message }
    }
    throw error
  }
}

async function withTeamDatabase<T>(url: string, work: (team: OpenPostgresDatabase) => Promise<T>) {
  const team = await openPostgresDatabase(url, { poolSize: 2 })
  try {
    return await work(team)
  } finally {
    await team.close()
  }
}

function email(text: string): string {
  const parsed = CoachEmailSchema.safeParse(text)
  if (!parsed.success)
    throw new DomainError('invalid_input', `--email: ${parsed.error.issues[0]!.message}`)
  return parsed.data
}

const codeLines = (who: string, code: string, expiresAt: string) => [
  `One-time sign-in code for ${who} (works once, until ${expiresAt.replace('T', ' ').slice(0, 16)} UTC):`,
  '',
  `    ${code}`,
  '',
  'Open the team server, choose "First sign-in", and give this e-mail and code to choose a password.',
]

/** `blockwise team init --pg URL --head EMAIL [--name NAME]`. */
export const teamInitCommand = (o: { pg: string; head: string; name?: string | undefined }) =>
  guarded(() =>
    withTeamDatabase(o.pg, async (team) => {
      const address = email(o.head)
      const { coach, code, expiresAt } = await initTeam(
        team.db,
        { id: randomUUID(), email: address, name: o.name ?? nameFromEmail(address) },
        new Date(),
      )
      return [
        `The team database at ${team.url} is ready; its head coach is ${coach.name} <${coach.email}>.`,
        ...codeLines(coach.email, code, expiresAt),
        'Start the server with: blockwise serve --pg URL [--port N] [--listen ADDR]',
      ].join('\n')
    }),
  )

/** `blockwise team add --pg URL --email EMAIL [--name NAME] [--role coach|head]`. */
export const teamAddCommand = (o: {
  pg: string
  email: string
  name?: string | undefined
  role: 'coach' | 'head'
}) =>
  guarded(async () => {
    const backend = await openBackend({
      postgresUrl: o.pg,
      host: 'cli',
      seedDemoWhenEmpty: false,
      poolSize: 2,
    })
    try {
      const address = email(o.email)
      const added = await backend.dispatch('team.addCoach', {
        email: address,
        name: o.name ?? nameFromEmail(address),
        role: o.role,
      })
      if (!added.ok) throw new DomainError(added.error.code, added.error.message)
      const { coach, code, expiresAt } = added.value as {
        coach: { name: string; email: string; role: string }
        code: string
        expiresAt: string
      }
      return [
        `Added ${coach.name} <${coach.email}> as ${coach.role === 'head' ? 'a head coach' : 'a coach'}.`,
        ...codeLines(coach.email, code, expiresAt),
      ].join('\n')
    } finally {
      await backend.close()
    }
  })

/** `blockwise team code --pg URL --email EMAIL`: a new one-time code (a forgotten password). */
export const teamCodeCommand = (o: { pg: string; email: string }) =>
  guarded(() =>
    withTeamDatabase(o.pg, async (team) => {
      const address = email(o.email)
      const coach = await team.db
        .selectFrom('coaches')
        .select('id')
        .where('email', '=', address)
        .executeTakeFirst()
      if (!coach)
        throw new DomainError('not_found', `No coach of this team has the e-mail ${address}.`)
      const { code, expiresAt } = await issueSignInCode(team.db, coach.id, new Date())
      return codeLines(address, code, expiresAt).join('\n')
    }),
  )

/** `blockwise migrate --db FILE --pg URL`: a desktop database into an empty team database. */
export const migrateCommand = (o: { db: string; pg: string }) =>
  guarded(async () => {
    const moved = await moveIntoTeam(o.db, o.pg, new Date())
    return `Moved ${moved.rows} rows (${moved.clients} clients, now ${moved.headCoach}'s) into the team database.`
  })
