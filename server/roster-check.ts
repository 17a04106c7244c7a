import type { Kysely } from 'kysely'
import { blocksOfRows } from '../db/repositories/blocks-of-rows'
import { countActiveBlocks, listActiveBlockHeads } from '../db/repositories/roster.repository'
import { readStoredFindings } from '../db/repositories/stored-analysis.repository'
import type { Database } from '../db/schema'
import type { RosterCheckPage, RosterFinding } from '../shared/schemas/roster.schema'
import { withOverrides } from './block-analysis'
import { readAnalysisInputs, readLibrary } from './analysis/analysis-inputs'
import { computeAnalyses } from './analysis/block-analyses'
import type { FindingsMemo } from './analysis/findings-memo'
import { decodeFindingViews, overridesByKey } from './analysis/stored-findings'

export interface RosterCheckOptions {
  /** The findings this process built for blocks before (the app keeps one per database). */
  memo?: FindingsMemo | undefined
  /** The engine's version; a test stands another in to see what an older engine stored. */
  engineVersion?: string | undefined
  /** A team's coach: only the clients they own or that are shared with them. */
  visibleTo?: string | undefined
}

/**
 * The roster check, a page of clients at a time so the app can show progress and stop between
 * pages: every active block analysed exactly as the block screen analyses it. A block whose
 * stored analysis was made of exactly what the block and everything beside it are now (its
 * fingerprint, server/analysis/analysis-inputs.ts) is read back, or taken from what this process
 * built for it last time; only the others are read whole, analysed and stored.
 */
export async function checkRosterPage(
  db: Kysely<Database>,
  page: { offset: number; limit: number },
  options: RosterCheckOptions = {},
): Promise<RosterCheckPage> {
  const [total, heads] = await Promise.all([
    countActiveBlocks(db, options.visibleTo),
    listActiveBlockHeads(db, page, options.visibleTo),
  ])
  const checked = heads.map(({ client, block }) => ({
    clientId: client.id,
    clientName: client.name,
    blockId: block.id,
    blockName: block.name,
  }))
  const library = await readLibrary(db)
  const inputs = await readAnalysisInputs(
    db,
    heads.map(({ client, block }) => ({
      client,
      block: {
        id: block.id,
        startDate: block.start_date,
        revision: block.revision,
        updatedAt: block.updated_at,
        weekCount: block.week_count,
      },
    })),
    library,
    options.engineVersion,
  )
  const memoKeys = heads.map(
    ({ overrides }, i) =>
      `${inputs[i]!.fingerprint}|${JSON.stringify(overrides)}|${JSON.stringify(checked[i])}`,
  )
  const built = heads.map((h, i) => options.memo?.get(h.block.id, memoKeys[i]!))
  const unbuilt = heads.flatMap((_, i) => (built[i] ? [] : [i]))
  const stored = await readStoredFindings(
    db,
    unbuilt.map((i) => ({ blockId: heads[i]!.block.id, fingerprint: inputs[i]!.fingerprint })),
  )
  const changed = unbuilt.filter((i) => !stored.has(heads[i]!.block.id))
  const blocks = await blocksOfRows(
    db,
    changed.map((i) => heads[i]!.block),
  )
  const analyses = await computeAnalyses(
    db,
    changed.map((i, k) => ({ client: heads[i]!.client, block: blocks[k]!, inputs: inputs[i]! })),
    library,
  )
  const computed = new Map(changed.map((i, k) => [i, analyses[k]!]))
  const findings: RosterFinding[] = []
  heads.forEach(({ block, overrides }, i) => {
    let views = built[i]
    if (!views) {
      const text = stored.get(block.id)
      // Each finding is built once with its block's names: a big roster has 160,000.
      views =
        text === undefined
          ? withOverrides(computed.get(i)!.findings, overrides, checked[i])
          : decodeFindingViews(text, overridesByKey(overrides), checked[i])
      options.memo?.keep(block.id, memoKeys[i]!, views)
    }
    for (const view of views) findings.push(view)
  })
  return { total, checked, findings }
}
