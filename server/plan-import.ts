import type { Kysely } from 'kysely'
import { exerciseIndex } from '../db/repositories/exercise.repository'
import { findClient, insertClient } from '../db/repositories/client.repository'
import type { Database } from '../db/schema'
import { toFieldIssues } from '../shared/contract/field-issues'
import { DomainError } from '../shared/contract/result'
import { readPlan } from '../shared/engine/parse-plan'
import { addDays } from '../shared/plans/calendar'
import { copySessions } from '../shared/plans/copy-sessions'
import { MAX_BLOCK_WEEKS, isMonday } from '../shared/schemas/block.schema'
import { parseDelimited } from '../shared/tables/delimited-text'
import { sessionsFromCsv } from '../shared/handouts/sessions-csv'
import type { Block, BlockSession, BlockStatus, WeekSettings } from '../shared/schemas/block.schema'
import { ClientInputSchema } from '../shared/schemas/client.schema'
import { IsoDateSchema } from '../shared/schemas/common.schema'
import type { ClientInput, ClientProfile } from '../shared/schemas/client.schema'
import { createBlock } from './block-writes'
import type { PlanSession } from '../shared/schemas/session.schema'

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
 * Imports a `blockwise-week@1` or `blockwise-block@1` plan (docs/plan-format.md) as a new block, for an
 * existing client or a new one, in one transaction: a problem anywhere leaves the database as it was.
 * Session ids are replaced by new ones (they must be unique across the whole database); attachments
 * follow them.
 */
export async function importPlan(
  db: Kysely<Database>,
  input: PlanImport,
  ids: { newId: () => string; now: string },
): Promise<Block> {
  const parsed = readPlan(input.plan, { library: await exerciseIndex(db) })
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
  const newClient =
    input.newClientName === undefined ? null : clientFromProfile(input.newClientName, plan.client)
  return writeImportedBlock(db, { ...input, startDate, weeks, sessions: planned, newClient }, ids)
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
  ids: { newId: () => string; now: string },
): Promise<Block> {
  const sessions = copySessions(input.sessions, ids.newId)
  return db.transaction().execute(async (trx) => {
    const client = input.newClient
      ? await insertClient(trx, { id: ids.newId(), now: ids.now, input: input.newClient })
      : await findClient(trx, input.clientId!)
    if (!client) throw new DomainError('not_found', `No client with id ${input.clientId}.`)
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

/** The Monday a sessions CSV's block started on, from its first row's date, week and day. */
function startFromCsv(text: string): string | undefined {
  const table = parseDelimited(text)
  if (!table.ok) return undefined
  const first = table.rows[0]?.cells
  const at = (column: string) => first?.[table.header.indexOf(column)]
  const date = at('Date')
  const week = Number(at('Week index'))
  const day = Number(at('Day index'))
  // A date that is not a real one ("2024-99-99") is no start date: the coach is asked for one.
  if (
    !IsoDateSchema.safeParse(date).success ||
    !Number.isInteger(week) ||
    !Number.isInteger(day) ||
    week < 0 ||
    week >= MAX_BLOCK_WEEKS ||
    day < 0 ||
    day > 6
  ) {
    return undefined
  }
  return addDays(date!, -(week * 7 + day))
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
  ids: { newId: () => string; now: string },
): Promise<Block> {
  const parsed = sessionsFromCsv(input.csv, await exerciseIndex(db))
  if (!parsed.ok) {
    throw new DomainError(
      'invalid_input',
      `This is not a sessions CSV Blockwise can import: ${parsed.issues[0]!.path}: ${parsed.issues[0]!.message}`,
      parsed.issues.map((i) => ({ path: 'csv', message: `${i.path}: ${i.message}` })),
    )
  }
  if (parsed.sessions.length === 0) throw bad('csv', 'The file has no sessions in it.')
  const startDate = input.startDate ?? startFromCsv(input.csv)
  if (!startDate || !isMonday(startDate)) {
    throw bad('startDate', 'Give the Monday the block starts on.')
  }
  // A loop, not Math.max(...weeks): a spread of 150,000 arguments overflows the call stack.
  const weekCount = parsed.sessions.reduce((most, s) => Math.max(most, s.weekIndex), 0) + 1
  return writeImportedBlock(
    db,
    {
      ...input,
      startDate,
      newClient: null,
      weeks: Array.from(
        { length: weekCount },
        (_, i) => parsed.weeks.get(i) ?? { phase: 'build', deload: false },
      ),
      sessions: parsed.sessions,
    },
    ids,
  )
}
