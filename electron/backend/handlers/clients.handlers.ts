import {
  findClient,
  insertClient,
  listClientSummaries,
  setClientArchived,
  updateClient,
} from '../../../db/repositories/client.repository'
import { DomainError } from '../../../shared/contract/result'
import type { Client } from '../../../shared/schemas/client.schema'
import type { DomainHandlers } from './handler-types'

function found(client: Client | undefined, id: string): Client {
  if (!client) throw new DomainError('not_found', `No client with id ${id}.`)
  return client
}

export const clientHandlers: DomainHandlers<'clients'> = {
  'clients.list': (input, ctx) => listClientSummaries(ctx.db, input),

  'clients.get': async ({ id }, ctx) => found(await findClient(ctx.db, id), id),

  'clients.create': (input, ctx) =>
    insertClient(ctx.db, { id: ctx.newId(), now: ctx.now().toISOString(), input }),

  'clients.update': async ({ id, ...input }, ctx) =>
    found(await updateClient(ctx.db, id, input, ctx.now().toISOString()), id),

  'clients.archive': async ({ id }, ctx) =>
    found(await setClientArchived(ctx.db, id, true, ctx.now().toISOString()), id),

  'clients.restore': async ({ id }, ctx) =>
    found(await setClientArchived(ctx.db, id, false, ctx.now().toISOString()), id),
}
