import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import { deleteRows, findRow } from './rows-by-key'

/** Who may see a client besides the head coaches: its owner and the coaches it is shared with. */
export interface ClientAccess {
  ownerId: string | null
  sharedWith: string[]
}

/** Makes `coachId` the client's owner (the one before, if any, keeps it shared with them). */
export async function setClientOwner(
  db: Kysely<Database>,
  clientId: string,
  coachId: string,
): Promise<void> {
  await db
    .updateTable('client_access')
    .set({ role: 'shared' })
    .where('client_id', '=', clientId)
    .where('role', '=', 'owner')
    .where('coach_id', '!=', coachId)
    .execute()
  await db
    .insertInto('client_access')
    .values({ client_id: clientId, coach_id: coachId, role: 'owner' })
    .onConflict((oc) => oc.columns(['client_id', 'coach_id']).doUpdateSet({ role: 'owner' }))
    .execute()
}

/** Owners for many clients at once (a desktop file's roster moving into a team database). */
export async function setOwnerOfClients(
  db: Kysely<Database>,
  clientIds: readonly string[],
  coachId: string,
): Promise<void> {
  for (let i = 0; i < clientIds.length; i += 500) {
    const chunk = clientIds.slice(i, i + 500)
    if (chunk.length === 0) continue
    await db
      .insertInto('client_access')
      .values(chunk.map((id) => ({ client_id: id, coach_id: coachId, role: 'owner' as const })))
      .execute()
  }
}

export async function shareClient(
  db: Kysely<Database>,
  clientId: string,
  coachId: string,
): Promise<void> {
  await db
    .insertInto('client_access')
    .values({ client_id: clientId, coach_id: coachId, role: 'shared' })
    .onConflict((oc) => oc.columns(['client_id', 'coach_id']).doNothing())
    .execute()
}

/** Stops sharing a client with a coach; never takes it from its owner. */
export async function unshareClient(
  db: Kysely<Database>,
  clientId: string,
  coachId: string,
): Promise<boolean> {
  return deleteRows(db, 'client_access', { client_id: clientId, coach_id: coachId, role: 'shared' })
}

export async function accessOfClient(
  db: Kysely<Database>,
  clientId: string,
): Promise<ClientAccess> {
  const rows = await db
    .selectFrom('client_access')
    .select(['coach_id', 'role'])
    .where('client_id', '=', clientId)
    .orderBy('coach_id')
    .execute()
  return {
    ownerId: rows.find((r) => r.role === 'owner')?.coach_id ?? null,
    sharedWith: rows.filter((r) => r.role === 'shared').map((r) => r.coach_id),
  }
}

/** The ids of the clients a coach owns or has shared with them, as a subquery. */
export function clientsOfCoach(db: Kysely<Database>, coachId: string) {
  return db.selectFrom('client_access').select('client_id').where('coach_id', '=', coachId)
}

/** Whether a coach owns the client or has it shared with them. */
export async function coachSeesClient(
  db: Kysely<Database>,
  clientId: string,
  coachId: string,
): Promise<boolean> {
  return (
    (await findRow(db, 'client_access', { client_id: clientId, coach_id: coachId })) !== undefined
  )
}

/** The client a block belongs to, if the block exists. */
export async function clientOfBlock(
  db: Kysely<Database>,
  blockId: string,
): Promise<string | undefined> {
  return (await findRow(db, 'blocks', { id: blockId }))?.client_id
}
