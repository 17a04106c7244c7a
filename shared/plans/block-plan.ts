import { withDerivedFields } from '../exercises/derive-session'
import { SEED_INDEX } from '../exercises/exercise-index'
import type { Block } from '../schemas/block.schema'
import type { Client } from '../schemas/client.schema'
import type { BlockPlan } from '../schemas/plan.schema'
import type { PlanSession } from '../schemas/session.schema'
import { clientProfile } from './client-profile'

/**
 * A stored block as a `blockwise-block@1` plan for the engine. Session ids are the database ids,
 * so findings point straight at rows of the editor.
 */
export function blockToPlan(block: Block, client: Client): BlockPlan {
  const weeks = block.weeks.map((week) => ({ ...week, sessions: [] as PlanSession[] }))
  for (const { weekIndex, sortOrder: _sortOrder, ...session } of block.sessions) {
    // The engine sees what exercise lines prescribe where the coach left a field empty.
    weeks[weekIndex]?.sessions.push(withDerivedFields(session, SEED_INDEX))
  }
  return {
    format: 'blockwise-block@1',
    client: clientProfile(client, block.startDate),
    startDate: block.startDate,
    weeks,
  }
}
