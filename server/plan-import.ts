import type { Kysely } from 'kysely'
import { exerciseIndex } from '../db/repositories/exercise.repository'
import { findClient, insertClient } from '../db/repositories/client.repository'
import { setClientOwner } from '../db/repositories/client-access.repository'
import type { Database } from '../db/schema'
import { toFieldIssues } from '../shared/contract/field-issues'
import { DomainError } from '../shared/contract/result'
import { copySessions } from '../shared/plans/copy-sessions'
import { isMonday } from '../shared/schemas/block.schema'
import type { Block, BlockSession, BlockStatus, WeekSettings } from '../shared/schemas/block.schema'
import { ClientInputSchema } from '../shared/schemas/client.schema'
import type { ClientInput, ClientProfile } from '../shared/schemas/client.schema'
import { createBlock } from './block-writes'
import { planSource, sessionsCsvSource } from './imports/block-sources'

export interface PlanImport {
  /** An existing client, or… */
  clientId?: string | undefined
  /** …a new client made from the plan's client profile under this name. */
  newClientName?: string | undefined
  name: string
  startDate?: string | undefined
  status: BlockStatus
  plan: unknown
}

/** The plan's client profile as app client fields: those the two share, the app's defaults for the rest. */
export function clientFromProfile(name: string, profile: Partial<ClientProfile>) {
  const shared = Object.fromEntries(
    Object.entries(profile).filter(([key]) => key in ClientInputSchema.shape),
  )
  const parsed = ClientInputSchema.safeParse({ ...shared, name })
  if (!parsed.success) {
    throw new DomainError(
      'invalid_input',
      `The new client cannot be made from the plan: ${parsed.error.issues[0]!.message}`,
      toFieldIssues(parsed.error).map((i) => ({ path: `newClientName`, message: i.message })),
    )
  }
  return parsed.data
}

const bad = (path: string, message: string) =>
  new DomainError('invalid_input', message, [{ path, message }])

/**
 * Imports a `blockwise-week@1` or `blockwise-block@1` plan (docs/plan-format.md) as a new block, for an
 * existing client or a new one, in one transaction: a problem anywhere leaves the database as it was.
 * Session ids are replaced by new ones (they must be unique across the whole database); attachments
 * follow them.
 */
export async function importPlan(
  db: Kysely<Database>,
  input: PlanImport,
  ids: { newId: () => string; now: string; ownerId?: string | undefined },
): Promise<Block> {
  const read = planSource(input.plan, await exerciseIndex(db))
  if (!read.ok) {
    const first = read.problems[0]!.message
    const message = first.startsWith('The plan has')
      ? first
      : `This is not a plan Blockwise can import: ${first}`
    throw new DomainError(
      'invalid_input',
      message,
      read.problems.map((p) => ({ path: 'plan', message: p.message })),
    )
  }
  const { weeks, sessions, profile } = read.source
  const startDate = input.startDate ?? read.source.startDate
  if (!startDate) throw bad('startDate', 'A week plan needs the Monday its block starts on.')
  const newClient =
    input.newClientName === undefined ? null : clientFromProfile(input.newClientName, profile!)
  return writeImportedBlock(db, { ...input, startDate, weeks, sessions, newClient }, ids)
}

/**
 * Writes an imported block in one transaction: the new client when there is one, the block, its
 * weeks and its sessions under fresh ids (attachments follow them).
 */
export async function writeImportedBlock(
  db: Kysely<Database>,
  input: {
    clientId?: string | undefined
    newClient: ClientInput | null
    name: string
    startDate: string
    status: BlockStatus
    weeks: WeekSettings[]
    sessions: BlockSession[]
  },
  ids: { newId: () => string; now: string; ownerId?: string | undefined },
): Promise<Block> {
  const sessions = copySessions(input.sessions, ids.newId)
  return db.transaction().execute(async (trx) => {
    const client = input.newClient
      ? await insertClient(trx, { id: ids.newId(), now: ids.now, input: input.newClient })
      : await findClient(trx, input.clientId!)
    if (!client) throw new DomainError('not_found', `No client with id ${input.clientId}.`)
    // On a team server the coach who brings in a new client owns it.
    if (input.newClient && ids.ownerId) await setClientOwner(trx, client.id, ids.ownerId)
    return createBlock(trx, client, {
      id: ids.newId(),
      name: input.name,
      startDate: input.startDate,
      status: input.status,
      weeks: input.weeks,
      sessions,
      now: ids.now,
    })
  })
}

/**
 * Imports a sessions CSV that Blockwise exported (a handout's .csv) as a new block for an existing
 * client, all or nothing. Each week takes the phase its sessions' rows carry; a week without any
 * sessions (or a file from before the Phase column) comes in as "build".
 */
export async function importSessionsCsv(
  db: Kysely<Database>,
  input: {
    clientId: string
    name: string
    startDate?: string | undefined
    status: BlockStatus
    csv: string
  },
  ids: { newId: () => string; now: string; ownerId?: string | undefined },
): Promise<Block> {
  const read = sessionsCsvSource(input.csv, await exerciseIndex(db))
  if (!read.ok) {
    const first = read.problems[0]!.message
    const message =
      first === 'The file has no sessions in it.'
        ? first
        : `This is not a sessions CSV Blockwise can import: ${first}`
    throw new DomainError(
      'invalid_input',
      message,
      read.problems.map((p) => ({ path: 'csv', message: p.message })),
    )
  }
  const startDate = input.startDate ?? read.source.startDate
  if (!startDate || !isMonday(startDate)) {
    throw bad('startDate', 'Give the Monday the block starts on.')
  }
  return writeImportedBlock(
    db,
    {
      ...input,
      startDate,
      newClient: null,
      weeks: read.source.weeks,
      sessions: read.source.sessions,
    },
    ids,
  )
}
