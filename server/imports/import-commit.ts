import { counted } from '../../shared/words/counted'
import { setClientOwner } from '../../db/repositories/client-access.repository'
import { insertClient } from '../../db/repositories/client.repository'
import { saveReadiness } from '../../db/repositories/readiness.repository'
import { DomainError } from '../../shared/contract/result'
import { problemWords } from '../../shared/imports/problem-words'
import type { ImportRequest, ImportResult } from '../../shared/schemas/import.schema'
import type { BackendContext } from '../context'
import { writeImportedBlock } from '../plan-import'
import type { PreparedImport } from './import-pipeline'

const refused = (path: string, message: string) =>
  new DomainError('invalid_input', message, [{ path, message }])

/**
 * Writes a prepared import, all or nothing, in one transaction: a block (and the new client it is
 * for), the clients of a clients CSV, or a client's readiness reports. Any problem the preview
 * listed refuses the whole file, each problem named by row and column.
 */
export async function commitImport(
  ctx: BackendContext,
  request: ImportRequest,
  prepared: PreparedImport,
): Promise<ImportResult> {
  const { format, problems, client } = prepared
  if (problems.length > 0 || format === null) {
    const first = problems[0] ? problemWords(problems[0]) : 'The file is empty.'
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''
    throw new DomainError(
      'invalid_input',
      `Nothing was imported: ${first}${more}`,
      problems.map((p) => ({ path: 'text', message: problemWords(p) })),
    )
  }
  const now = ctx.now().toISOString()
  const none = { blockId: null, clientId: null, clients: 0, days: 0 }
  if (prepared.block) {
    const { block } = prepared
    if (client.kind === 'none') throw refused('clientId', 'Choose a client, or name a new one')
    if (!block.startDate) throw refused('startDate', 'Give the Monday the block starts on')
    const written = await writeImportedBlock(
      ctx.db,
      {
        ...(client.kind === 'existing' ? { clientId: client.client.id } : {}),
        newClient: client.kind === 'new' ? client.input : null,
        name: block.name,
        startDate: block.startDate,
        status: request.status,
        weeks: block.weeks,
        sessions: block.sessions,
      },
      // On a team server the coach who brings in a new client owns it.
      { newId: () => ctx.newId(), now, ownerId: ctx.coach?.id },
    )
    const lines = written.sessions.reduce((n, s) => n + (s.exercises?.length ?? 0), 0)
    const whose = client.kind === 'new' ? `the new client ${client.input.name}` : client.client.name
    return {
      ...none,
      format,
      blockId: written.id,
      clientId: written.clientId,
      summary: `Imported ${counted(written.sessions.length, 'session')} with ${counted(lines, 'exercise line')} in ${counted(written.weeks.length, 'week')} as "${written.name}" (${written.status}, from ${written.startDate}) for ${whose}.`,
    }
  }
  if (format === 'clients-csv') {
    await ctx.db.transaction().execute(async (trx) => {
      for (const row of prepared.clientRows) {
        const added = await insertClient(trx, { id: ctx.newId(), now, input: row.input! })
        if (ctx.coach) await setClientOwner(trx, added.id, ctx.coach.id)
      }
    })
    const count = prepared.clientRows.length
    return { ...none, format, clients: count, summary: `Imported ${counted(count, 'client')}.` }
  }
  const entries = prepared.readiness ?? []
  if (client.kind !== 'existing')
    throw refused('clientId', 'Choose the client whose reports these are')
  await ctx.db.transaction().execute((trx) => saveReadiness(trx, client.client.id, entries, now))
  return {
    ...none,
    format,
    clientId: client.client.id,
    days: entries.length,
    summary: `Imported ${counted(entries.length, 'day')} of readiness reports for ${client.client.name}.`,
  }
}
