import type { Block } from '../shared/schemas/block.schema'
import { sessionDate } from '../shared/plans/calendar'
import type { CommandResult } from './command-result'
import { withClient } from './with-backend'
import type { DatabaseLocation } from '../db/open-database'

export interface LogOptions {
  db: DatabaseLocation
  client: string
  date: string
  session: string
  outcome: 'completed' | 'skipped'
  rpe?: number | undefined
  minutes?: number | undefined
  /** Today by the local calendar: a session after it is logged done only with `force`. */
  today: string
  force: boolean
}

/**
 * `blockwise log`: records that a session was done (with its actual RPE and minutes) or skipped,
 * through the same save as the editor's. The date must be the session's own, so a script that
 * got its ids mixed up is told instead of logging the wrong day.
 */
export async function logCommand(options: LogOptions): Promise<CommandResult> {
  return withClient(options.db, options.client, async ({ api, client }) => {
    const blocks = await api.blocks.listForClient({ clientId: client.id })
    if (!blocks.ok) return { exitCode: 2, stderr: blocks.error.message }
    let block: Block | undefined
    for (const summary of blocks.value) {
      const full = await api.blocks.get({ id: summary.id })
      if (full.ok && full.value.sessions.some((s) => s.id === options.session)) {
        block = full.value
        break
      }
    }
    const session = block?.sessions.find((s) => s.id === options.session)
    if (!block || !session)
      return { exitCode: 2, stderr: `${client.name} has no session ${options.session}.` }
    const on = sessionDate(block.startDate, session.weekIndex, session.day)
    if (on !== options.date)
      return {
        exitCode: 2,
        stderr: `Session ${session.id} is on ${on}, not ${options.date}; nothing was logged.`,
      }
    // Done before its day is most often a slip of the date; the coach says so when it is not.
    if (options.outcome === 'completed' && on > options.today && !options.force)
      return {
        exitCode: 2,
        stderr: `Session ${session.id} is on ${on}, after today (${options.today}); nothing was logged. Add --force to log it as done anyway.`,
      }
    const changes =
      options.outcome === 'skipped'
        ? { status: 'skipped' as const, rpeActual: null, minutesActual: null }
        : {
            status: 'completed' as const,
            ...(options.rpe !== undefined ? { rpeActual: options.rpe } : {}),
            ...(options.minutes !== undefined ? { minutesActual: options.minutes } : {}),
          }
    const saved = await api.blocks.applyPatches({
      blockId: block.id,
      revision: block.revision,
      patches: [{ op: 'update', id: session.id, changes }],
    })
    if (!saved.ok)
      return { exitCode: 2, stderr: ['Nothing was logged.', saved.error.message].join('\n') }
    const detail =
      options.outcome === 'skipped'
        ? 'skipped'
        : [
            'done',
            options.rpe !== undefined && `RPE ${options.rpe}`,
            options.minutes !== undefined && `${options.minutes} min`,
          ]
            .filter(Boolean)
            .join(', ')
    return {
      exitCode: 0,
      stdout: `Logged ${client.name}'s session ${session.id} on ${on}: ${detail}.`,
    }
  })
}
