import { previewClientsCsv } from '../../shared/imports/clients-csv'
import {
  findClient,
  insertClient,
  listClientSummaries,
  setClientArchived,
  updateClient,
} from '../../db/repositories/client.repository'
import { setClientOwner } from '../../db/repositories/client-access.repository'
import { DomainError } from '../../shared/contract/result'
import { ownClientsOnly } from '../team/own-clients'
import type { Client } from '../../shared/schemas/client.schema'
import type { DomainHandlers } from './handler-types'

function found(client: Client | undefined, id: string): Client {
  if (!client) throw new DomainError('not_found', `No client with id ${id}.`)
  return client
}

export const clientHandlers: DomainHandlers<'clients'> = {
  'clients.list': (input, ctx) =>
    listClientSummaries(ctx.db, { ...input, visibleTo: ownClientsOnly(ctx) }),

  'clients.get': async ({ id }, ctx) => found(await findClient(ctx.db, id), id),

  'clients.create': (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const client = await insertClient(trx, {
        id: ctx.newId(),
        now: ctx.now().toISOString(),
        input,
      })
      if (ctx.coach) await setClientOwner(trx, client.id, ctx.coach.id)
      return client
    }),

  'clients.importCsv': async ({ csv, commit }, ctx) => {
    const preview = previewClientsCsv(csv)
    const rows = preview.rows.map(({ input, ...row }) => ({ ...row, ok: input !== null }))
    const bad = rows.filter((r) => !r.ok).length
    if (!commit) return { problems: preview.problems, rows, imported: 0 }
    if (preview.problems.length > 0 || bad > 0 || rows.length === 0) {
      throw new DomainError(
        'invalid_input',
        preview.problems[0] ??
          (rows.length === 0
            ? 'The file has no clients in it.'
            : `Nothing was imported: ${bad} of ${rows.length} rows need fixing first.`),
        // Every problem comes with the refusal, so a caller need not ask for a preview again.
        [
          ...preview.problems.map((message) => ({ path: 'csv', message })),
          ...rows.flatMap((r) =>
            r.issues.map((i) => ({
              path: `line ${r.line} (${r.name || 'no name'})`,
              message: `${i.column}: ${i.message}`,
            })),
          ),
        ],
      )
    }
    const now = ctx.now().toISOString()
    await ctx.db.transaction().execute(async (trx) => {
      for (const row of preview.rows) {
        const client = await insertClient(trx, { id: ctx.newId(), now, input: row.input! })
        if (ctx.coach) await setClientOwner(trx, client.id, ctx.coach.id)
      }
    })
    return { problems: [], rows, imported: rows.length }
  },

  'clients.update': async ({ id, ...input }, ctx) =>
    found(await updateClient(ctx.db, id, input, ctx.now().toISOString()), id),

  'clients.archive': async ({ id }, ctx) =>
    found(await setClientArchived(ctx.db, id, true, ctx.now().toISOString()), id),

  'clients.restore': async ({ id }, ctx) =>
    found(await setClientArchived(ctx.db, id, false, ctx.now().toISOString()), id),
}
