import { sessionDate } from '../../../shared/plans/calendar'
import type { Block, BlockSession } from '../../../shared/schemas/block.schema'
import type { EditStep } from './sheet/edit-history'

/** A session a step marks done although its day is still to come, with that day. */
export interface FutureDone {
  session: BlockSession
  date: string
}

/**
 * The sessions a step marks done whose day is after `today`: logging ahead of time is usually a
 * slip (the wrong week picked, a status typed on the wrong row), so the coach is asked first.
 */
export function futureDone(block: Block, step: EditStep, today: string): FutureDone[] {
  const byId = new Map(block.sessions.map((s) => [s.id, s]))
  const found: FutureDone[] = []
  for (const patch of step.redo) {
    if (patch.op !== 'update' || patch.changes.status !== 'completed') continue
    const session = byId.get(patch.id)
    if (!session || session.status === 'completed') continue
    const date = sessionDate(block.startDate, session.weekIndex, session.day)
    if (date > today) found.push({ session, date })
  }
  return found
}
