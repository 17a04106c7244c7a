import type { Kysely } from 'kysely'
import type { Database, StoredAnalysesTable } from '../schema'
import { inChunks } from './in-chunks'
import { findRow } from './rows-by-key'

/** A block's stored analysis under the fingerprint it was computed for. */
export interface StoredAnalysis {
  blockId: string
  fingerprint: string
  findings: string
  summary: string
}

/**
 * The stored findings of those blocks whose stored fingerprint is the one given (the analysis
 * of exactly what they are now), by block id; a block whose inputs changed is absent.
 */
export async function readStoredFindings(
  db: Kysely<Database>,
  wanted: readonly { blockId: string; fingerprint: string }[],
): Promise<Map<string, string>> {
  const fingerprintOf = new Map(wanted.map((w) => [w.blockId, w.fingerprint]))
  const rows = await inChunks([...fingerprintOf.keys()], (ids) =>
    db
      .selectFrom('stored_analyses')
      .select(['block_id', 'fingerprint', 'findings'])
      .where('block_id', 'in', ids)
      .where(
        'fingerprint',
        'in',
        ids.map((id) => fingerprintOf.get(id)!),
      )
      .execute(),
  )
  return new Map(
    rows
      .filter((r) => fingerprintOf.get(r.block_id) === r.fingerprint)
      .map((r) => [r.block_id, r.findings]),
  )
}

/** A block's whole stored analysis when its stored fingerprint is `fingerprint`. */
export async function readStoredAnalysis(
  db: Kysely<Database>,
  blockId: string,
  fingerprint: string,
): Promise<StoredAnalysis | undefined> {
  const row = await findRow(db, 'stored_analyses', { block_id: blockId, fingerprint })
  return row && storedFromRow(row)
}

const storedFromRow = (row: StoredAnalysesTable): StoredAnalysis => ({
  blockId: row.block_id,
  fingerprint: row.fingerprint,
  findings: row.findings,
  summary: row.summary,
})

/** Keeps each block's analysis, replacing what was stored for it (one row a block). */
export async function storeAnalyses(
  db: Kysely<Database>,
  analyses: readonly StoredAnalysis[],
): Promise<void> {
  // Few rows at a time: each carries a block's findings, tens of kilobytes of text.
  for (let i = 0; i < analyses.length; i += 50) {
    await db
      .insertInto('stored_analyses')
      .values(
        analyses.slice(i, i + 50).map((a) => ({
          block_id: a.blockId,
          fingerprint: a.fingerprint,
          findings: a.findings,
          summary: a.summary,
        })),
      )
      .onConflict((oc) =>
        oc.column('block_id').doUpdateSet((eb) => ({
          fingerprint: eb.ref('excluded.fingerprint'),
          findings: eb.ref('excluded.findings'),
          summary: eb.ref('excluded.summary'),
        })),
      )
      .execute()
  }
}
