import type { Kysely } from 'kysely'
import { countActiveBlocks, listActiveBlocks } from '../db/repositories/roster.repository'
import { exerciseIndex } from '../db/repositories/exercise.repository'
import { listClientNumbers } from '../db/repositories/max.repository'
import type { Database } from '../db/schema'
import { blockToPlan } from '../shared/plans/block-plan'
import type { RosterCheckPage } from '../shared/schemas/roster.schema'
import { analyzePlan } from '../shared/engine/analyze'
import { withOverrides } from './block-analysis'
import { historiesOf } from './client-history'
import { weeklyReadiness } from './client-readiness'

/**
 * The roster check, a page of clients at a time so the app can show progress and stop between
 * pages: every active block analysed exactly as the block screen analyses it.
 */
export async function checkRosterPage(
  db: Kysely<Database>,
  page: { offset: number; limit: number },
): Promise<RosterCheckPage> {
  const [total, entries] = await Promise.all([countActiveBlocks(db), listActiveBlocks(db, page)])
  const checked = entries.map(({ client, block }) => ({
    clientId: client.id,
    clientName: client.name,
    blockId: block.id,
    blockName: block.name,
  }))
  // Each finding is built once with its block's names: a big roster has tens of thousands.
  const numbers = await listClientNumbers(
    db,
    entries.map((e) => e.client.id),
  )
  const library = await exerciseIndex(db)
  const histories = await historiesOf(
    db,
    entries.map(({ client, block }) => ({
      client,
      startDate: block.startDate,
      blockId: block.id,
      numbers: numbers.get(client.id),
    })),
    library,
  )
  const readiness = await weeklyReadiness(
    db,
    entries.map(({ client, block }) => ({ clientId: client.id, block })),
  )
  const findings = entries.flatMap(({ client, block, overrides }, i) =>
    withOverrides(
      analyzePlan(
        blockToPlan(block, client, {
          library,
          numbers: numbers.get(client.id),
          history: histories[i],
          weekReadiness: readiness[i],
        }),
        { library },
      ).findings,
      overrides,
      checked[i],
    ),
  )
  return { total, checked, findings }
}
