// The bench roster: 1,000 clients, each with an active 16-week synthetic hybrid block and a
// year of logged training before it. Shared by npm run bench's roster part and its CLI part.
import { randomUUID } from 'node:crypto'
import { insertBlock } from '../db/repositories/block.repository'
import { insertClient } from '../db/repositories/client.repository'
import { insertSessions } from '../db/repositories/session.repository'
import type { Backend } from '../server/backend'
import { ClientInputSchema } from '../shared/schemas/client.schema'
import { syntheticBlock } from './synthetic-plans'

/** The first day of the history the check reads for blocks starting ${'2026-11-23'}. */
export const HISTORY_FROM = '2026-08-31'
/** A year of trained blocks before the active one: 13 blocks of 4 weeks, logged. */
const HISTORY_BLOCKS = 13

/**
 * A roster of `count` clients, each with an active 16-week synthetic hybrid block and a year of
 * training before it (done blocks, most sessions logged done with actual RPE and minutes, some
 * skipped, some never logged).
 */
export async function generateRoster(backend: Backend, count: number): Promise<void> {
  const now = new Date('2026-11-23T09:00:00Z').toISOString()
  await backend.database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const plan = syntheticBlock(5000 + i)
      const client = await insertClient(trx, {
        id: randomUUID(),
        now,
        input: ClientInputSchema.parse({
          name: `Client ${String(i).padStart(4, '0')}`,
          goal: 'hybrid',
        }),
      })
      const blockId = randomUUID()
      await insertBlock(trx, {
        id: blockId,
        clientId: client.id,
        name: 'Synthetic block',
        startDate: '2026-11-23',
        status: 'active',
        weeks: plan.weeks.map(() => ({ phase: 'build' as const, deload: false })),
        now,
      })
      const sessions = plan.weeks.flatMap((week, w) =>
        week.sessions.map((s, k) => ({
          ...s,
          id: randomUUID(),
          weekIndex: w,
          sortOrder: k,
          attachedTo: null,
        })),
      )
      await insertSessions(trx, blockId, sessions, now)
      for (let b = 0; b < HISTORY_BLOCKS; b++) {
        const past = syntheticBlock(90_000 + i * HISTORY_BLOCKS + b, 4)
        const pastId = randomUUID()
        const start = new Date(Date.UTC(2026, 10, 23 - 28 * (HISTORY_BLOCKS - b)))
        await insertBlock(trx, {
          id: pastId,
          clientId: client.id,
          name: `Earlier block ${b + 1}`,
          startDate: start.toISOString().slice(0, 10),
          status: 'done',
          weeks: past.weeks.map((w) => ({ phase: 'build' as const, deload: w.deload })),
          now,
        })
        let n = 0
        const logged = past.weeks.flatMap((week, w) =>
          week.sessions.map((s, k) => {
            const which = n++ % 20
            const base = { ...s, id: randomUUID(), weekIndex: w, sortOrder: k, attachedTo: null }
            if (which === 0) return { ...base, status: 'skipped' as const }
            if (which < 4) return base
            return {
              ...base,
              status: 'completed' as const,
              rpeActual: Math.min(10, (s.rpe ?? 5) + (which % 3) - 1),
              minutesActual: s.durationMin + (which % 5) - 2,
            }
          }),
        )
        await insertSessions(trx, pastId, logged, now)
      }
    }
  })
}
