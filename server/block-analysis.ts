import type { Kysely } from 'kysely'
import type { BlockSnapshots } from '../db/repositories/block.repository'
import { findClient } from '../db/repositories/client.repository'
import { listOverrides } from '../db/repositories/override.repository'
import { readStoredAnalysis } from '../db/repositories/stored-analysis.repository'
import type { Database } from '../db/schema'
import { DomainError } from '../shared/contract/result'
import { analyzePlan } from '../shared/engine/analyze'
import type { Analysis } from '../shared/engine/analyze'
import type { Finding } from '../shared/engine/finding'
import type { ExerciseIndex } from '../shared/exercises/exercise-index'
import { findingSubject } from '../shared/schemas/analysis.schema'
import type { BlockAnalysis, FindingView, Override } from '../shared/schemas/analysis.schema'
import type { Block } from '../shared/schemas/block.schema'
import type { BlockPlan } from '../shared/schemas/plan.schema'
import { readAnalysisInputs, readLibrary } from './analysis/analysis-inputs'
import type { AnalysisInputs, Library } from './analysis/analysis-inputs'
import { keepAnalyses, planWith, storedForm, surroundingsOf } from './analysis/block-analyses'
import type { KeptSurroundings } from './analysis/kept-surroundings'
import { decodeFindingViews, overridesByKey } from './analysis/stored-findings'
import { trainedBlocksById } from './client-history'

/** Where a block's analysis reads from: the database, and what this process keeps beside it. */
export interface AnalysisContext {
  db: Kysely<Database>
  kept?: KeptSurroundings | undefined
}

export interface LoadedBlock extends PlanOfBlock {
  block: Block
}

/** A block as the engine reads it, the coach's overrides, and the library its lines were read in. */
export interface PlanOfBlock {
  plan: BlockPlan
  overrides: Override[]
  /** The database's exercise library: lines find their lift's max in it by alias too (PRG-05). */
  library: ExerciseIndex
  /** What the analysis read beside the block, and its fingerprint. */
  inputs: AnalysisInputs
}

/** A block with its client's profile as an engine plan, and the coach's overrides. */
export async function loadBlockPlan(
  ctx: AnalysisContext & { blocks: BlockSnapshots },
  blockId: string,
): Promise<LoadedBlock> {
  const block = await ctx.blocks.read(ctx.db, blockId)
  if (!block) throw new DomainError('not_found', `No block with id ${blockId}.`)
  return { block, ...(await planOfBlock(ctx, block)) }
}

/** What a block's analysis reads beside it, and its fingerprints (no session read). */
async function inputsOfBlock(db: Kysely<Database>, block: Block, known: { library?: Library }) {
  const client = await findClient(db, block.clientId)
  if (!client)
    throw new DomainError('not_found', `The block's client ${block.clientId} is missing.`)
  const library = known.library ?? (await readLibrary(db))
  const { id, startDate, revision, updatedAt } = block
  const [inputs] = await readAnalysisInputs(
    db,
    [{ client, block: { id, startDate, revision, updatedAt, weekCount: block.weeks.length } }],
    library,
  )
  return { client, library, inputs: inputs! }
}

/**
 * An already loaded block as an engine plan (with its client's profile, maxes, readiness and
 * history before it) and its overrides. What beside the block has not changed since this process
 * last built its history and readiness (the fingerprint says so) is taken as kept.
 */
export async function planOfBlock(
  ctx: AnalysisContext,
  block: Block,
  /** The exercise library when the caller has read it already (a save checks its patches with it). */
  known: { library?: Library } = {},
): Promise<PlanOfBlock> {
  return planOfInputs(ctx, block, await inputsOfBlock(ctx.db, block, known))
}

async function planOfInputs(
  { db, kept }: AnalysisContext,
  block: Block,
  { client, library, inputs }: Awaited<ReturnType<typeof inputsOfBlock>>,
): Promise<PlanOfBlock> {
  let surroundings = kept?.get(block.id, inputs.surroundings)
  if (!surroundings) {
    const trained = await trainedBlocksById(db, [inputs.history])
    surroundings = surroundingsOf(client, block, inputs, trained, library)
    kept?.keep(block.id, inputs.surroundings, surroundings)
  }
  return {
    plan: planWith(client, block, inputs, surroundings, library),
    overrides: await listOverrides(db, block.id),
    library: library.index,
    inputs,
  }
}

/**
 * A block's analysis with its overrides, as the block screen, the handout check and
 * `blocks.analyze` show it: the stored one when it was made of exactly what the block and
 * everything beside it are now, computed (and stored) otherwise.
 */
export async function analysisOfBlock(ctx: AnalysisContext, block: Block): Promise<BlockAnalysis> {
  const read = await inputsOfBlock(ctx.db, block, {})
  const { inputs } = read
  const stored = await readStoredAnalysis(ctx.db, block.id, inputs.fingerprint)
  if (stored) {
    const summary = JSON.parse(stored.summary) as Omit<Analysis, 'findings'>
    const overrides = await listOverrides(ctx.db, block.id)
    return { ...summary, findings: decodeFindingViews(stored.findings, overridesByKey(overrides)) }
  }
  const planned = await planOfInputs(ctx, block, read)
  const analysis = analyzePlan(planned.plan, { library: planned.library })
  await keepAnalyses(ctx.db, [storedForm(block.id, planned.inputs.fingerprint, analysis)])
  return { ...analysis, findings: withOverrides(analysis.findings, planned.overrides) }
}

/**
 * The engine's analysis of a plan, each finding with its override; its lines are matched to the
 * client's maxes in `library` (the database's, so a coach's own aliases count).
 */
export function analysisWithOverrides({
  plan,
  overrides,
  library,
}: Pick<PlanOfBlock, 'plan' | 'library'> & { overrides: readonly Override[] }): BlockAnalysis {
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
  const byKey = overridesByKey(overrides)
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
