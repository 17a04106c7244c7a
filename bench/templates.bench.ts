// npm run bench (part 5): applying a template to a batch of clients, as "Apply to clients…" and
// `blockwise template apply` do: through the contract, against a real SQLite file. Prints figures.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBenchBackend } from './bench-backend'
import type { Backend } from '../server/backend'
import type { Result } from '../shared/contract/result'
import type { TemplateSummary } from '../shared/schemas/template.schema'

const CLIENTS = 50

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

/** `count` new clients, each with a squat, bench and deadlift max, so every load is computed. */
async function clients(backend: Backend, count: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const { id } = value<{ id: string }>(
      await backend.dispatch('clients.create', { name: `Batch ${i}`, goal: 'hybrid' }),
    )
    for (const [lift, kg] of [
      ['Back squat', 100 + i],
      ['Bench press', 70 + i / 2],
      ['Deadlift', 130 + i],
    ] as const)
      value(
        await backend.dispatch('maxes.set', {
          clientId: id,
          lift,
          oneRmKg: kg,
          measuredOn: '2026-11-01',
        }),
      )
    ids.push(id)
  }
  return ids
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-bench-templates-'))
  try {
    const backend = await openBenchBackend(path.join(dir, 'bench.db'), 'demo')
    const ids = await clients(backend, CLIENTS)
    const templates = value<TemplateSummary[]>(await backend.dispatch('templates.list', {}))
    const template = templates.find((t) => t.name === 'Hyrox prep (12 wk)')!
    const input = (clientId: string) => ({
      templateId: template.id,
      clientId,
      startDate: '2027-01-04',
    })

    let start = performance.now()
    for (const clientId of ids) value(await backend.dispatch('templates.preview', input(clientId)))
    const checkMs = performance.now() - start

    start = performance.now()
    for (const clientId of ids) value(await backend.dispatch('templates.apply', input(clientId)))
    const applyMs = performance.now() - start

    const sessions = template.sessionCount
    console.log(
      `Template "${template.name}": ${template.weeks.length} weeks, ${sessions} sessions, ${template.lineCount} lines`,
    )
    console.log(
      `${`check (preview + findings), ${CLIENTS} clients`.padEnd(48)} ${checkMs.toFixed(0).padStart(9)} ms   (${(checkMs / CLIENTS).toFixed(1)} ms a client)`,
    )
    console.log(
      `${`apply as draft blocks, ${CLIENTS} clients`.padEnd(48)} ${applyMs.toFixed(0).padStart(9)} ms   (${(applyMs / CLIENTS).toFixed(1)} ms a client, ${CLIENTS * sessions} sessions written)`,
    )
    await backend.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
