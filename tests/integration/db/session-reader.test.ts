import { describe, expect, it } from 'vitest'
import { insertBlock } from '../../../db/repositories/block.repository'
import { insertClient } from '../../../db/repositories/client.repository'
import { listSessionsOfBlocks } from '../../../db/repositories/session-reader'
import { insertSessions } from '../../../db/repositories/session.repository'
import type { BlockSession } from '../../../shared/schemas/block.schema'
import { ClientInputSchema } from '../../../shared/schemas/client.schema'
import { testBackend } from '../../support/backend'

const now = '2026-11-23T09:00:00.000Z'

/** A session with every optional field set, to values that are easy to mangle on the way back. */
const everything: BlockSession = {
  id: 'full',
  weekIndex: 0,
  day: 2,
  start: '06:30',
  durationMin: 70,
  modality: 'strength',
  region: 'lower',
  topSetReps: 5,
  pct1rm: 100 / 3, // 33.33333333333333: 15 significant digits would not read back equal
  toFailure: true,
  zone: 3,
  rpe: 0,
  terrain: 'trail_hilly',
  descentM: 1e-7,
  eccentric: false,
  priority: 'key',
  locked: true,
  attachedTo: null,
  tag: 'rehab',
  distanceKm: 12.345678901234567,
  status: 'completed',
  rpeActual: 10,
  exercises: [{ name: 'Back squat "paused"', sets: 5, reps: 3, loadKg: 102.5 }],
  notes: 'Line one\nline two, with "quotes", a tab\t, Ёлка and 🏃',
  title: 'Legs "heavy" · Ёлка',
  sortOrder: 0,
}

/** Only the required fields: absent optional fields must stay absent, not come back as null. */
const bare: BlockSession = {
  id: 'bare',
  weekIndex: 0,
  day: 0,
  start: '18:00',
  durationMin: 30,
  modality: 'run',
  toFailure: false,
  terrain: 'flat',
  priority: 'normal',
  locked: false,
  attachedTo: 'full',
  tag: null,
  status: 'planned',
  sortOrder: 1,
}

async function blockWith(
  backend: Awaited<ReturnType<typeof testBackend>>,
  sessions: BlockSession[],
) {
  const db = backend.database.db
  const client = await insertClient(db, {
    id: `client-${sessions.length}-${Math.random()}`,
    now,
    input: ClientInputSchema.parse({ name: 'Ana', goal: 'hybrid' }),
  })
  const blockId = `block-${client.id}`
  await db.transaction().execute(async (trx) => {
    await insertBlock(trx, {
      id: blockId,
      clientId: client.id,
      name: 'Base',
      startDate: '2026-11-23',
      status: 'draft',
      weeks: [
        { phase: 'build', deload: false },
        { phase: 'build', deload: false },
      ],
      now,
    })
    await insertSessions(trx, blockId, sessions, now)
  })
  return blockId
}

describe('reading sessions back from SQLite', () => {
  it('gives back every field exactly as written, and leaves absent fields absent', async () => {
    const backend = await testBackend()
    const blockId = await blockWith(backend, [everything, bare])
    const read = (await listSessionsOfBlocks(backend.database.db, [blockId])).get(blockId)
    // Sheet order: day 0 before day 2. toStrictEqual tells an absent key from one set to undefined.
    expect(read).toStrictEqual([bare, everything])
    expect(Object.keys(read![0]!)).not.toContain('region')
    await backend.close()
  })

  it('keeps each block’s sessions apart, in sheet order, and leaves out blocks without any', async () => {
    const backend = await testBackend()
    const session = (id: string, weekIndex: number, day: number, start: string, sortOrder = 0) => ({
      ...bare,
      id,
      weekIndex,
      day,
      start,
      sortOrder,
      attachedTo: null,
    })
    const first = await blockWith(backend, [
      session('a-late', 0, 1, '18:00'),
      session('a-next-week', 1, 0, '06:00'),
      session('a-early', 0, 1, '07:00'),
    ])
    const second = await blockWith(backend, [
      session('b-second', 0, 3, '07:00', 1),
      session('b-first', 0, 3, '07:00', 0),
    ])
    const empty = await blockWith(backend, [])
    const read = await listSessionsOfBlocks(backend.database.db, [first, second, empty])
    expect(read.get(first)?.map((s) => s.id)).toEqual(['a-early', 'a-late', 'a-next-week'])
    expect(read.get(second)?.map((s) => s.id)).toEqual(['b-first', 'b-second'])
    expect(read.has(empty)).toBe(false)
    await backend.close()
  })
})
