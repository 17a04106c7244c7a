import pg from 'pg'
import { describe, expect, it } from 'vitest'
import {
  CoachClient,
  keepSaving,
  makeTeam,
  ownBlock,
  startServe,
} from '../../support/team-server-process'
import type { SaveLog } from '../../support/team-server-process'
import { freshPostgresDatabase } from '../../support/test-database'

/**
 * The invariant the load bench measures at scale (npm run bench:team): a `blockwise serve` killed
 * with SIGKILL in the middle of coaches' saves loses nothing it acknowledged, and leaves no save
 * half written (a session, the block's revision and the change log move together or not at all).
 */
const KILLS = 10

describe('the team server killed mid-save', () => {
  it(
    `keeps every acknowledged save, whole, across ${KILLS} kills and restarts`,
    { timeout: 300_000 },
    async () => {
      const url = await freshPostgresDatabase()
      const team = await makeTeam(url, 2)
      let server = await startServe(url)
      const port = Number(new URL(server.address).port)
      const coaches = await Promise.all(
        team.map(async ({ email, code }) => {
          const coach = new CoachClient(server.address)
          await coach.firstSignIn(email, code)
          return coach
        }),
      )
      const blocks = await Promise.all(coaches.map((c, i) => ownBlock(c, `Client ${i}`)))
      let stopping = false
      const progress: SaveLog[] = coaches.map(() => ({
        acknowledged: [],
        latencies: [],
        refused: new Map(),
      }))
      const saving = Promise.all(
        coaches.map((c, i) => keepSaving(c, blocks[i]!, `k${i}`, () => stopping, progress[i])),
      )
      const savedBefore = () => progress.reduce((n, l) => n + l.acknowledged.length, 0)
      for (let round = 0; round < KILLS; round++) {
        // Saves are going through again (the restarted server answers), then a moment later: kill.
        const seen = savedBefore()
        while (savedBefore() < seen + 2) await new Promise((resolve) => setTimeout(resolve, 20))
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 300))
        await server.kill()
        server = await startServe(url, port)
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
      stopping = true
      const logs = await saving
      await server.stop()

      const acknowledged = logs.flatMap((l) => l.acknowledged)
      expect(acknowledged.length).toBeGreaterThan(2 * KILLS)
      expect(logs.some((l) => l.refused.get(0))).toBe(true) // some saves were cut off by a kill
      const db = new pg.Client(url)
      await db.connect()
      const present = new Set(
        (await db.query<{ id: string }>('select id from sessions')).rows.map((r) => r.id),
      )
      expect(acknowledged.filter((id) => !present.has(id))).toEqual([])
      const blocksNow = await db.query<{ revision: number; sessions: string; logged: string }>(
        `select b.revision,
         (select count(*) from sessions s where s.block_id = b.id) as sessions,
         (select count(*) from change_log l where l.block_id = b.id and l.block_revision > 1) as logged
       from blocks b`,
      )
      await db.end()
      for (const block of blocksNow.rows) {
        expect(Number(block.sessions)).toBe(block.revision - 1)
        expect(Number(block.logged)).toBe(block.revision - 1)
      }
    },
  )
})
