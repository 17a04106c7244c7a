// A child process for the crash test: writes as hard as it can until it is killed with SIGKILL.
// Large transactions (2,000 sessions in, then out again, like an import) alternate with a burst
// of editor saves that each change two sessions together, and with imports of a 1,000-session plan.
// Usage: crash-writer DB EDIT_BLOCK BULK_BLOCK CLIENT
import { openBackend } from '../../server/backend'
import { deleteSessions, insertSessions } from '../../db/repositories/session.repository'
import { newSession } from '../../renderer/src/block/sheet/sheet-edits'
import type { BlockSession } from '../../shared/schemas/block.schema'

const [dbFile, editBlock, bulkBlock, clientId] = process.argv.slice(2) as [
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
  for (let round = 0; ; round++) {
    const batch = `${process.pid}-${round}`
    // A large import, exactly as the app and `blockwise import` make it: one transaction.
    const imported = await backend.dispatch('blocks.importPlan', {
      clientId,
      name: `import-${batch}`,
      plan: bigPlan,
    })
    if (!imported.ok) throw new Error(imported.error.message)
    // A bulk write and its removal, each one transaction.
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
    for (let k = 0; k < 20; k++) {
      const block = await backend.dispatch('blocks.get', { id: editBlock })
      if (!block.ok) throw new Error(block.error.message)
      const revision = (block.value as { revision: number }).revision
      const first = ((round * 20 + k) % 90) + 5
      const saved = await backend.dispatch('blocks.applyPatches', {
        blockId: editBlock,
        revision,
        patches: [
          { op: 'update', id: 'pair-a', changes: { durationMin: first } },
          { op: 'update', id: 'pair-b', changes: { durationMin: 100 - first } },
        ],
      })
      if (!saved.ok) throw new Error(saved.error.message)
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
