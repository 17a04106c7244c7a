import type { Kysely } from 'kysely'
import { findBlock, insertBlock, listBlocksOfClient } from '../../db/repositories/block.repository'
import { findClient, insertClient } from '../../db/repositories/client.repository'
import { insertSessions } from '../../db/repositories/session.repository'
import type { Database } from '../../db/schema'
import { toFieldIssues } from '../../shared/contract/field-issues'
import { DomainError } from '../../shared/contract/result'
import { parsePlan } from '../../shared/engine/parse-plan'
import { copySessions } from '../../shared/plans/copy-sessions'
import { MAX_BLOCK_WEEKS } from '../../shared/schemas/block.schema'
import type {
  Block,
  BlockSession,
  BlockStatus,
  WeekSettings,
} from '../../shared/schemas/block.schema'
import { ClientInputSchema } from '../../shared/schemas/client.schema'
import type { Client, ClientProfile } from '../../shared/schemas/client.schema'
import type { PlanSession } from '../../shared/schemas/session.schema'

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

/** Refuses a second active block for a client, naming the one they have. */
export async function assertNoActiveBlock(db: Kysely<Database>, client: Client): Promise<void> {
  const active = (await listBlocksOfClient(db, client.id)).find((b) => b.status === 'active')
  if (active) {
    throw new DomainError(
      'conflict',
      `${client.name} already has an active block ("${active.name}"). Finish it first, or create this one as a draft.`,
    )
  }
}

/** The plan's client profile as app client fields: those the two share, the app's defaults for the rest. */
function clientFromProfile(name: string, profile: ClientProfile) {
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
 * Imports a `blockwise-week@1` or `blockwise-block@1` plan (plan-format.md) as a new block, for an
 * existing client or a new one, in one transaction: a problem anywhere leaves the database as it was.
 * Session ids are replaced by new ones (they must be unique across the whole database); attachments
 * follow them.
 */
export async function importPlan(
  db: Kysely<Database>,
  input: PlanImport,
  ids: { newId: () => string; now: string },
): Promise<Block> {
  const parsed = parsePlan(input.plan)
  if (!parsed.ok) {
    throw new DomainError(
      'invalid_input',
      `This is not a plan Blockwise can import: ${parsed.problems[0]!}`,
      parsed.problems.map((message) => ({ path: 'plan', message })),
    )
  }
  const plan = parsed.plan
  let weeks: WeekSettings[]
  let planned: BlockSession[]
  const asBlockSession = (s: PlanSession, weekIndex: number, sortOrder: number): BlockSession => ({
    ...s,
    weekIndex,
    sortOrder,
  })
  if (plan.format === 'blockwise-week@1') {
    weeks = [{ phase: plan.week.phase, deload: plan.week.deload }]
    planned = plan.sessions.map((s, i) => asBlockSession(s, 0, i))
  } else {
    if (plan.weeks.length > MAX_BLOCK_WEEKS) {
      throw bad(
        'plan',
        `The plan has ${plan.weeks.length} weeks; a block has at most ${MAX_BLOCK_WEEKS}.`,
      )
    }
    weeks = plan.weeks.map((w) => ({ phase: w.phase, deload: w.deload }))
    planned = plan.weeks.flatMap((w, wi) => w.sessions.map((s, i) => asBlockSession(s, wi, i)))
  }
  const startDate =
    input.startDate ?? (plan.format === 'blockwise-block@1' ? plan.startDate : undefined)
  if (!startDate) throw bad('startDate', 'A week plan needs the Monday its block starts on.')
  const sessions = copySessions(planned, ids.newId)
  const newClient =
    input.newClientName === undefined ? null : clientFromProfile(input.newClientName, plan.client)

  return db.transaction().execute(async (trx) => {
    const client = newClient
      ? await insertClient(trx, { id: ids.newId(), now: ids.now, input: newClient })
      : await findClient(trx, input.clientId!)
    if (!client) throw new DomainError('not_found', `No client with id ${input.clientId}.`)
    if (input.status === 'active') await assertNoActiveBlock(trx, client)
    const id = ids.newId()
    await insertBlock(trx, {
      id,
      clientId: client.id,
      name: input.name,
      startDate,
      status: input.status,
      weeks,
      now: ids.now,
    })
    await insertSessions(trx, id, sessions, ids.now)
    return (await findBlock(trx, id))!
  })
}
