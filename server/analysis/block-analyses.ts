import type { Kysely } from 'kysely'
import { storeAnalyses } from '../../db/repositories/stored-analysis.repository'
import type { Database } from '../../db/schema'
import { analyzePlan } from '../../shared/engine/analyze'
import type { Analysis } from '../../shared/engine/analyze'
import { blockToPlan } from '../../shared/plans/block-plan'
import type { Block } from '../../shared/schemas/block.schema'
import type { Client } from '../../shared/schemas/client.schema'
import type { BlockPlan, History, Readiness } from '../../shared/schemas/plan.schema'
import { historyFromBlocks, trainedBlocksById } from '../client-history'
import { weeksOfReadiness } from '../client-readiness'
import type { AnalysisInputs, Library } from './analysis-inputs'
import { encodeFindings } from './stored-findings'

/** What a block is analysed with beside its own sessions, built from its inputs. */
export interface Surroundings {
  history: History | undefined
  weekReadiness: (Readiness | undefined)[]
}

/** A block's history and weekly readiness, from inputs read and its history blocks read whole. */
export function surroundingsOf(
  client: Client,
  block: Pick<Block, 'id' | 'startDate' | 'weeks'>,
  inputs: AnalysisInputs,
  trained: ReadonlyMap<string, Block>,
  library: Library,
): Surroundings {
  return {
    history: historyFromBlocks(
      { client, startDate: block.startDate, blockId: block.id, numbers: inputs.numbers },
      inputs.history.map((row) => trained.get(row.id)!),
      library.index,
    ),
    weekReadiness: weeksOfReadiness(inputs.readiness, {
      startDate: block.startDate,
      weekCount: block.weeks.length,
    }),
  }
}

/** A block as the engine reads it, from what was read beside it. */
export function planWith(
  client: Client,
  block: Block,
  inputs: Pick<AnalysisInputs, 'numbers'>,
  surroundings: Surroundings,
  library: Library,
): BlockPlan {
  return blockToPlan(block, client, {
    library: library.index,
    numbers: inputs.numbers,
    history: surroundings.history,
    weekReadiness: surroundings.weekReadiness,
  })
}

/** A computed analysis as the stored_analyses row keeps it. */
export function storedForm(blockId: string, fingerprint: string, analysis: Analysis) {
  const { findings, ...summary } = analysis
  return {
    blockId,
    fingerprint,
    findings: encodeFindings(findings),
    summary: JSON.stringify(summary),
  }
}

/**
 * The analyses of blocks whose stored one no longer holds: their history blocks read whole (in
 * one pass for all of them), each analysed, and the results stored under their fingerprints for
 * the next check. Storing is a cache's write: when another program holds the write lock past the
 * wait, the analyses are still returned, and are simply computed again next time.
 */
export async function computeAnalyses(
  db: Kysely<Database>,
  targets: readonly { client: Client; block: Block; inputs: AnalysisInputs }[],
  library: Library,
): Promise<Analysis[]> {
  if (targets.length === 0) return []
  const trained = await trainedBlocksById(
    db,
    targets.map((t) => t.inputs.history),
  )
  const analyses = targets.map(({ client, block, inputs }) =>
    analyzePlan(
      planWith(
        client,
        block,
        inputs,
        surroundingsOf(client, block, inputs, trained, library),
        library,
      ),
      { library: library.index },
    ),
  )
  await keepAnalyses(
    db,
    targets.map((t, i) => storedForm(t.block.id, t.inputs.fingerprint, analyses[i]!)),
  )
  return analyses
}

/**
 * Refusals a cache's write may meet without the caller's read failing: another program holds
 * the write lock (SQLite busy or locked, a PostgreSQL deadlock or serialization failure), or the
 * file or disk cannot take it (read-only, full). What was not stored is computed again next time.
 */
function isStorageRefusal(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return false
  return (
    /^SQLITE_(BUSY|LOCKED|READONLY|FULL)/.test(code) || ['40P01', '40001', '25006'].includes(code)
  )
}

/** Stores analyses in one transaction, unless the database refuses a write just now. */
export async function keepAnalyses(
  db: Kysely<Database>,
  rows: Parameters<typeof storeAnalyses>[1],
): Promise<void> {
  if (rows.length === 0) return
  try {
    await db.transaction().execute((trx) => storeAnalyses(trx, rows))
  } catch (error) {
    if (!isStorageRefusal(error)) throw error
  }
}
