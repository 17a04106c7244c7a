import { z } from 'zod'
import { BlockAnalysisSchema } from '../../schemas/analysis.schema'
import { BlockEditSchema } from '../../schemas/block-edit.schema'
import {
  BlockWeeksSchema,
  BlockWriteInputSchema,
  BlockWriteResultSchema,
} from '../../schemas/block-write.schema'
import {
  BLOCK_STATUSES,
  BlockSchema,
  BlockSummarySchema,
  MAX_BLOCK_WEEKS,
  MondaySchema,
} from '../../schemas/block.schema'
import { IdSchema, LIMITS, singleLineText } from '../../schemas/common.schema'
import { FitnessSchema } from '../../schemas/fitness.schema'
import { ApplyPatchesInputSchema } from '../../schemas/patch.schema'
import { BlockPlanSchema } from '../../schemas/plan.schema'
import { BalanceProposalSchema } from '../../schemas/balance.schema'
import { BlockChangeSchema } from '../../schemas/team.schema'
import { procedure } from '../procedure'
import { ById } from '../common-inputs'

const BlockNameSchema = singleLineText('Block name', LIMITS.nameChars).min(1, {
  error: 'Block name is required',
})

/** Blocks: their weeks and sessions, every write to them, and their analysis. */
export const blocksProcedures = {
  'blocks.listForClient': procedure(
    "A client's blocks, newest start first.",
    z.strictObject({ clientId: IdSchema }),
    z.array(BlockSummarySchema),
  ),
  'blocks.get': procedure('One block with its weeks and sessions.', ById, BlockSchema),
  'blocks.create': procedure(
    'Starts a block for a client: name, first Monday, and each week’s phase and deload flag.',
    z.strictObject({
      clientId: IdSchema,
      name: BlockNameSchema,
      startDate: MondaySchema,
      weeks: BlockWeeksSchema,
      status: z.enum(BLOCK_STATUSES).default('draft'),
    }),
    BlockSchema,
  ),
  'blocks.importPlan': procedure(
    'Imports a blockwise-week@1 or blockwise-block@1 plan as a new block, for an existing or a new client, all or nothing.',
    z
      .strictObject({
        clientId: IdSchema.optional(),
        newClientName: singleLineText('Client name', LIMITS.nameChars)
          .min(1, { error: 'Name the new client' })
          .optional(),
        name: BlockNameSchema,
        startDate: MondaySchema.optional(),
        status: z.enum(BLOCK_STATUSES).default('draft'),
        plan: z.unknown(),
      })
      .refine((i) => (i.clientId === undefined) !== (i.newClientName === undefined), {
        error: 'Choose a client, or name a new one',
        path: ['clientId'],
      }),
    BlockSchema,
  ),
  'blocks.importCsv': procedure(
    'Imports a sessions CSV that Blockwise exported as a new block for a client, all or nothing.',
    z.strictObject({
      clientId: IdSchema,
      name: BlockNameSchema,
      startDate: MondaySchema.optional(),
      status: z.enum(BLOCK_STATUSES).default('draft'),
      csv: z.string().max(5_000_000, { error: 'The file is larger than 5 MB' }),
    }),
    BlockSchema,
  ),
  'blocks.duplicate': procedure(
    'Copies a block, every week and session, into a new draft block for the same client.',
    z.strictObject({ id: IdSchema, name: BlockNameSchema, startDate: MondaySchema }),
    BlockSchema,
  ),
  'blocks.write': procedure(
    'Writes one change to a block (session edits, its status, its weeks, an override) on the revision the editor saw, in one transaction; answers with what changed, the write that undoes it, and the analysis after it.',
    BlockWriteInputSchema,
    BlockWriteResultSchema,
  ),
  'blocks.updateWeeks': procedure(
    'Sets each week’s phase and deload flag; weeks are added at the end, and only empty weeks can be removed from the end.',
    z.strictObject({
      id: IdSchema,
      revision: z.number().int().min(1),
      weeks: BlockWeeksSchema,
    }),
    BlockSchema,
  ),
  'blocks.setStatus': procedure(
    'Makes a block a draft, the active block (one per client) or done.',
    z.strictObject({
      id: IdSchema,
      revision: z.number().int().min(1),
      status: z.enum(BLOCK_STATUSES),
    }),
    BlockSchema,
  ),
  'blocks.applyPatches': procedure(
    'Applies a batch of session edits in one transaction, or none of them; answers with what changed and the analysis after it.',
    ApplyPatchesInputSchema,
    BlockEditSchema,
  ),
  'blocks.previewPatches': procedure(
    'The analysis a batch of session edits would give the block, writing nothing (a progression’s preview).',
    ApplyPatchesInputSchema,
    BlockAnalysisSchema,
  ),
  'blocks.enginePlan': procedure(
    'A block as the engine reads it (docs/plan-format.md): the client’s profile, what lines prescribe, and the history before it from the database.',
    ById,
    BlockPlanSchema,
  ),
  'blocks.fitness': procedure(
    'The client’s fitness, fatigue, form and ACWR day by day, through the history before the block and its planned days.',
    ById,
    FitnessSchema,
  ),
  'blocks.analyze': procedure(
    'The engine’s analysis of a block, with the coach’s overrides attached.',
    ById,
    BlockAnalysisSchema,
  ),
  'blocks.balance': procedure(
    'A proposed re-arrangement of a week or the whole block; nothing is saved.',
    z.strictObject({
      id: IdSchema,
      week: z
        .number()
        .int()
        .min(0)
        .max(MAX_BLOCK_WEEKS - 1)
        .optional(),
    }),
    BalanceProposalSchema,
  ),
  'blocks.lastChange': procedure(
    'Who last changed a block of a team database, and when ("changed by Ana at 10:42"); null where no one is recorded.',
    ById,
    BlockChangeSchema,
  ),
} as const
