import type { Kysely } from 'kysely'
import { findBlock } from '../../db/repositories/block.repository'
import { findClient } from '../../db/repositories/client.repository'
import { listOverrides } from '../../db/repositories/override.repository'
import type { Database } from '../../db/schema'
import { DomainError } from '../../shared/contract/result'
import type { Finding } from '../../shared/engine/finding'
import { blockToPlan } from '../../shared/plans/block-plan'
import { findingSubject } from '../../shared/schemas/analysis.schema'
import type { FindingView, Override } from '../../shared/schemas/analysis.schema'
import type { Block } from '../../shared/schemas/block.schema'
import type { BlockPlan } from '../../shared/schemas/plan.schema'

export interface LoadedBlock {
  block: Block
  plan: BlockPlan
  overrides: Override[]
}

/** A block with its client's profile as an engine plan, and the coach's overrides. */
export async function loadBlockPlan(db: Kysely<Database>, blockId: string): Promise<LoadedBlock> {
  const block = await findBlock(db, blockId)
  if (!block) throw new DomainError('not_found', `No block with id ${blockId}.`)
  const client = await findClient(db, block.clientId)
  if (!client)
    throw new DomainError('not_found', `The block's client ${block.clientId} is missing.`)
  return { block, plan: blockToPlan(block, client), overrides: await listOverrides(db, blockId) }
}

/** Engine findings with their subject key and the override that accepts them, if any. */
export function withOverrides(
  findings: readonly Finding[],
  overrides: readonly Override[],
): FindingView[] {
  const byKey = new Map(overrides.map((o) => [`${o.rule}|${o.subject}`, o]))
  return findings.map((f) => {
    const subject = findingSubject(f)
    return { ...f, subject, override: byKey.get(`${f.rule}|${subject}`) ?? null }
  })
}
