import { findClient } from '../../db/repositories/client.repository'
import {
  deleteReadiness,
  listReadiness,
  saveReadiness,
} from '../../db/repositories/readiness.repository'
import { DomainError } from '../../shared/contract/result'
import { readReadinessCsv } from '../../shared/imports/readiness-csv'
import type { ReadinessEntry } from '../../shared/schemas/readiness.schema'
import type { BackendContext } from '../context'
import type { DomainHandlers } from './handler-types'

async function assertClient(ctx: BackendContext, clientId: string): Promise<void> {
  if (!(await findClient(ctx.db, clientId)))
    throw new DomainError('not_found', `No client with id ${clientId}.`)
}

/** Reports written in one transaction: all of them, or (on any refusal) none. */
async function saveAll(ctx: BackendContext, clientId: string, entries: ReadinessEntry[]) {
  await assertClient(ctx, clientId)
  const now = ctx.now().toISOString()
  await ctx.db.transaction().execute((trx) => saveReadiness(trx, clientId, entries, now))
  return { saved: entries.length }
}

export const readinessHandlers: DomainHandlers<'readiness'> = {
  'readiness.list': async ({ clientId, since }, ctx) => {
    await assertClient(ctx, clientId)
    return (await listReadiness(ctx.db, [clientId], since)).get(clientId) ?? []
  },
  'readiness.save': ({ clientId, entries }, ctx) => saveAll(ctx, clientId, entries),
  'readiness.remove': async ({ clientId, date }, ctx) => {
    await assertClient(ctx, clientId)
    return { removed: await deleteReadiness(ctx.db, clientId, date) }
  },
  'readiness.importCsv': async ({ clientId, csv }, ctx) => {
    const read = readReadinessCsv(csv)
    if (!read.ok)
      throw new DomainError(
        'invalid_input',
        `Nothing was imported: ${read.problems[0]!}${read.problems.length > 1 ? ` (and ${read.problems.length - 1} more)` : ''}`,
        read.problems.map((message) => ({ path: 'csv', message })),
      )
    // A header alone is refused, as imports.commit refuses it: "Imported 0 days" says nothing.
    if (read.entries.length === 0) {
      const message = 'The file has no readiness reports in it.'
      throw new DomainError('invalid_input', `Nothing was imported: ${message}`, [
        { path: 'csv', message },
      ])
    }
    return saveAll(ctx, clientId, read.entries)
  },
}
