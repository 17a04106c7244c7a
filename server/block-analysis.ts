import type { Kysely } from 'kysely'
import { exerciseIndex } from '../db/repositories/exercise.repository'
import type { ExerciseIndex } from '../shared/exercises/exercise-index'
import { historiesOf } from './client-history'
import { weeklyReadiness } from './client-readiness'
import { findClientNumbers } from '../db/repositories/max.repository'
import type { BlockSnapshots } from '../db/repositories/block.repository'
import { findClient } from '../db/repositories/client.repository'
import { listOverrides } from '../db/repositories/override.repository'
import type { Database } from '../db/schema'
import { DomainError } from '../shared/contract/result'
import { analyzePlan } from '../shared/engine/analyze'
import type { Finding } from '../shared/engine/finding'
import { blockToPlan } from '../shared/plans/block-plan'
import { findingSubject } from '../shared/schemas/analysis.schema'
import type { BlockAnalysis, FindingView, Override } from '../shared/schemas/analysis.schema'
import type { Block } from '../shared/schemas/block.schema'
import type { BlockPlan } from '../shared/schemas/plan.schema'

export interface LoadedBlock extends PlanOfBlock {
  block: Block
}

/** A block as the engine reads it, the coach's overrides, and the library its lines were read in. */
export interface PlanOfBlock {
  plan: BlockPlan
  overrides: Override[]
  /** The database's exercise library: lines find their lift's max in it by alias too (PRG-05). */
  library: ExerciseIndex
}

/** A block with its client's profile as an engine plan, and the coach's overrides. */
export async function loadBlockPlan(
  db: Kysely<Database>,
  blocks: BlockSnapshots,
  blockId: string,
): Promise<LoadedBlock> {
  const block = await blocks.read(db, blockId)
  if (!block) throw new DomainError('not_found', `No block with id ${blockId}.`)
  return { block, ...(await planOfBlock(db, block)) }
}

/**
 * An already loaded block as an engine plan (with its client's profile, maxes and history before
 * it) and its overrides.
 */
export async function planOfBlock(
  db: Kysely<Database>,
  block: Block,
  /** The exercise library when the caller has read it already (a save checks its patches with it). */
  known: { library?: ExerciseIndex } = {},
): Promise<PlanOfBlock> {
  const client = await findClient(db, block.clientId)
  if (!client)
    throw new DomainError('not_found', `The block's client ${block.clientId} is missing.`)
  const library = known.library ?? (await exerciseIndex(db))
  const numbers = await findClientNumbers(db, client.id)
  const [history] = await historiesOf(
    db,
    [{ client, startDate: block.startDate, blockId: block.id, numbers }],
    library,
  )
  return {
    plan: blockToPlan(block, client, {
      library,
      numbers,
      history,
      weekReadiness: (await weeklyReadiness(db, [{ clientId: client.id, block }]))[0],
    }),
    overrides: await listOverrides(db, block.id),
    library,
  }
}

/**
 * The engine's analysis of a plan, each finding with its override; its lines are matched to the
 * client's maxes in `library` (the database's, so a coach's own aliases count).
 */
export function analysisWithOverrides({
  plan,
  overrides,
  library,
}: Omit<PlanOfBlock, 'overrides'> & { overrides: readonly Override[] }): BlockAnalysis {
  const analysis = analyzePlan(plan, { library })
  return { ...analysis, findings: withOverrides(analysis.findings, overrides) }
}

/** Engine findings with their subject key and the override that accepts them, if any. */
export function withOverrides<Extra extends object = object>(
  findings: readonly Finding[],
  overrides: readonly Override[],
  /** Fields every finding also carries (the roster check adds whose block it is). */
  extra?: Extra,
): (FindingView & Extra)[] {
  const byKey = new Map(overrides.map((o) => [`${o.rule}|${o.subject}`, o]))
  return findings.map((f) => {
    const subject = findingSubject(f)
    // Named fields, not `{ ...f, ...extra }`: a roster check builds 160,000 of these, and spreading
    // objects of varying shape into a new one took a second of it.
    const view: FindingView = {
      rule: f.rule,
      severity: f.severity,
      week: f.week,
      day: f.day,
      sessions: f.sessions,
      message: f.message,
      fix: f.fix,
      placementDependent: f.placementDependent,
      subject,
      override: byKey.get(`${f.rule}|${subject}`) ?? null,
    }
    if (f.metrics !== undefined) view.metrics = f.metrics
    return Object.assign(view, extra)
  })
}
