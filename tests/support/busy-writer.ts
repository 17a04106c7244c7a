// A child process for the concurrent-writers test: one host writing to a database another host
// writes to at the same time, through the same retrying API the app and the command line use.
// Usage: busy-writer DB BLOCK CLIENT MS. Prints one JSON line: what it did and what failed.
import { openBackend } from '../../server/backend'
import { createApiClient } from '../../shared/contract/api-client'
import { retryWhenBusy } from '../../shared/contract/busy-retry'

const [dbFile, blockId, clientId, ms] = process.argv.slice(2) as [string, string, string, string]

/** A 100-session week imported as a new block: a bigger write transaction beside the saves. */
const plan = {
  format: 'blockwise-week@1',
  client: { goal: 'hybrid' },
  week: { phase: 'build' },
  sessions: Array.from({ length: 100 }, (_, i) => ({
    id: `s${i}`,
    day: i % 7,
    start: `${String(5 + (i % 15)).padStart(2, '0')}:00`,
    durationMin: 20,
    modality: 'run',
    runType: 'easy',
  })),
}

async function main() {
  const backend = await openBackend({ dataFile: dbFile, host: 'test', seedDemoWhenEmpty: false })
  let waits = 0
  const api = createApiClient(
    retryWhenBusy((name, input) => backend.dispatch(name, input), {
      sleep: (wait) => new Promise((resolve) => setTimeout(resolve, wait)),
      onWaiting: (waiting) => {
        if (waiting) waits++
      },
    }),
  )
  const failures: string[] = []
  let saves = 0
  let imports = 0
  const until = Date.now() + Number(ms)
  for (let round = 0; Date.now() < until; round++) {
    const block = await api.blocks.get({ id: blockId })
    if (!block.ok) {
      failures.push(`get: ${block.error.message}`)
      continue
    }
    const saved = await api.blocks.applyPatches({
      blockId,
      revision: block.value.revision,
      patches: [
        {
          op: 'update',
          id: block.value.sessions[0]!.id,
          changes: { durationMin: 20 + (round % 60) },
        },
      ],
    })
    if (saved.ok) saves++
    else failures.push(`save: ${saved.error.message}`)
    if (round % 10 === 0) {
      const imported = await api.blocks.importPlan({
        clientId,
        name: `import ${process.pid}-${round}`,
        startDate: '2026-11-30',
        plan,
      })
      if (imported.ok) imports++
      else failures.push(`import: ${imported.error.message}`)
    }
  }
  await backend.close()
  process.stdout.write(`${JSON.stringify({ saves, imports, waits, failures })}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
