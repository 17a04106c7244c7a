// A child process for the crash test: writes as hard as it can until it is killed with SIGKILL.
// Large transactions (2,000 sessions in, then out again, like an import) alternate with a burst
// of editor saves that each change two sessions together, and with imports of a 1,000-session plan.
// Each run starts with a different kind of write (FIRST_PHASE 0, 1 or 2), so every kind is killed
// early and late whatever the machine's speed. Each editor save prints "saved REVISION" once it has
// committed, for the test to check that what was acknowledged survives the kill.
// Usage: crash-writer DB EDIT_BLOCK BULK_BLOCK CLIENT FIRST_PHASE
import { openBackend } from '../../server/backend'
import { deleteSessions, insertSessions } from '../../db/repositories/session.repository'
import { newSession } from '../../renderer/src/block/sheet/sheet-edits'
import type { BlockSession } from '../../shared/schemas/block.schema'

const [dbFile, editBlock, bulkBlock, clientId, firstPhase] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
]
const BULK = 2000
/** A blockwise-block@1 plan of 20 weeks, 50 short runs a week. */
const bigPlan = {
  format: 'blockwise-block@1',
  client: { goal: 'hybrid' },
  startDate: '2027-01-04',
  weeks: Array.from({ length: 20 }, (_, w) => ({
    phase: 'build',
    sessions: Array.from({ length: 50 }, (_, i) => ({
      id: `w${w}s${i}`,
      day: i % 7,
      start: `${String(5 + (i % 15)).padStart(2, '0')}:00`,
      durationMin: 20,
      modality: 'run',
      runType: 'easy',
    })),
  })),
}

async function main() {
  const backend = await openBackend({ dataFile: dbFile, host: 'test', seedDemoWhenEmpty: false })
  const db = backend.database.db
  process.stdout.write('ready\n')
  const phases = [importPlan, bulkWrite, editorSaves]
  for (let round = 0; ; round++) {
    for (let p = 0; p < phases.length; p++) {
      await phases[(Number(firstPhase) + p) % phases.length]!(`${process.pid}-${round}`)
    }
  }

  /** A large import, exactly as the app and `blockwise import` make it: one transaction. */
  async function importPlan(batch: string) {
    const imported = await backend.dispatch('blocks.importPlan', {
      clientId,
      name: `import-${batch}`,
      plan: bigPlan,
    })
    if (!imported.ok) throw new Error(imported.error.message)
  }

  /** A bulk write and its removal, each one transaction. */
  async function bulkWrite(batch: string) {
    const sessions: BlockSession[] = Array.from({ length: BULK }, (_, i) =>
      newSession(`bulk-${batch}-${i}`, 0, i % 7, '06:00', i),
    )
    const now = new Date().toISOString()
    await db.transaction().execute((trx) => insertSessions(trx, bulkBlock, sessions, now))
    await db.transaction().execute((trx) =>
      deleteSessions(
        trx,
        bulkBlock,
        sessions.map((s) => s.id),
      ),
    )
  }

  /** Twenty editor saves, each changing two sessions together (their durations sum to 100). */
  async function editorSaves() {
    for (let k = 0; k < 20; k++) {
      const block = await backend.dispatch('blocks.get', { id: editBlock })
      if (!block.ok) throw new Error(block.error.message)
      const revision = (block.value as { revision: number }).revision
      const first = ((revision + k) % 90) + 5
      const saved = await backend.dispatch('blocks.applyPatches', {
        blockId: editBlock,
        revision,
        patches: [
          { op: 'update', id: 'pair-a', changes: { durationMin: first } },
          { op: 'update', id: 'pair-b', changes: { durationMin: 100 - first } },
        ],
      })
      if (!saved.ok) throw new Error(saved.error.message)
      process.stdout.write(`saved ${(saved.value as { revision: number }).revision}\n`)
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
