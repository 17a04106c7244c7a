import type { Kysely } from 'kysely'
import { listBlocksOfClient } from '../db/repositories/block.repository'
import type { Database } from '../db/schema'
import { DomainError } from '../shared/contract/result'
import type { Client } from '../shared/schemas/client.schema'

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
