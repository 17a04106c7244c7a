import type { Kysely } from 'kysely'
import { findClient } from '../../db/repositories/client.repository'
import { exerciseIndex } from '../../db/repositories/exercise.repository'
import { findClientNumbers } from '../../db/repositories/max.repository'
import {
  findTemplate,
  insertTemplate,
  listTemplates,
  setTemplateDeleted,
  templateNameTaken,
  updateTemplate,
} from '../../db/repositories/template.repository'
import type { Database } from '../../db/schema'
import { DomainError } from '../../shared/contract/result'
import type { ExerciseIndex } from '../../shared/exercises/exercise-index'
import { maxOfLift } from '../../shared/exercises/exercise-index'
import { blockToPlan } from '../../shared/plans/block-plan'
import type { ClientLoadNumbers } from '../../shared/plans/progressions'
import { mainLiftLoads } from '../../shared/plans/main-lift-loads'
import { conversionWords, relativeToMaxes } from '../../shared/plans/relative-lines'
import { fitTemplate, takeWeeks } from '../../shared/plans/templates'
import type { Block } from '../../shared/schemas/block.schema'
import { ClientInputSchema } from '../../shared/schemas/client.schema'
import type { Client } from '../../shared/schemas/client.schema'
import type { Progression, Template, WeekRange } from '../../shared/schemas/template.schema'
import { analysisWithOverrides } from '../block-analysis'
import { historiesOf } from '../client-history'
import { readBlock } from '../block-writes'
import type { BackendContext } from '../context'
import { writeImportedBlock } from '../plan-import'
import type { DomainHandlers } from './handler-types'

/** Who a template is previewed for when no client is chosen. */
const TYPICAL_CLIENT: Client = {
  ...ClientInputSchema.parse({ name: 'a typical intermediate hybrid athlete', goal: 'hybrid' }),
  id: 'typical-client',
  archived: false,
  createdAt: '',
  updatedAt: '',
}

async function templateById(db: Kysely<Database>, id: string): Promise<Template> {
  const template = await findTemplate(db, id)
  if (!template) throw new DomainError('not_found', `No template with id ${id}.`)
  return template
}

async function clientById(db: Kysely<Database>, id: string): Promise<Client> {
  const client = await findClient(db, id)
  if (!client) throw new DomainError('not_found', `No client with id ${id}.`)
  return client
}

async function assertNameFree(db: Kysely<Database>, name: string, exceptId?: string) {
  if (await templateNameTaken(db, name, exceptId)) {
    const message = `There is already a template called “${name}”.`
    throw new DomainError('conflict', message, [{ path: 'name', message }])
  }
}

/**
 * A template's progressions run over weeks it has: weeks 40–52 of a 4-week template would write
 * nothing, and say nothing about it.
 */
function assertProgressionsIn(weekCount: number, progressions: readonly Progression[] = []) {
  const issues = progressions.flatMap((p, i) =>
    p.weeks.to > weekCount
      ? [
          {
            path: `progressions.${i}.weeks.to`,
            message: `week ${p.weeks.to} is not in this template, which has ${weekCount} week${weekCount === 1 ? '' : 's'}`,
          },
        ]
      : [],
  )
  if (issues.length > 0) throw new DomainError('invalid_input', issues[0]!.message, issues)
}

/** The weeks the coach chose of a block or template must be weeks it has. */
function assertWeeksIn(plan: Pick<Template, 'name' | 'weeks'>, weeks: WeekRange | undefined) {
  if (weeks && weeks.to > plan.weeks.length) {
    const message = `${plan.name} has ${plan.weeks.length} weeks`
    throw new DomainError('invalid_input', `Weeks ${weeks.from}–${weeks.to}: ${message}.`, [
      { path: 'weeks.to', message },
    ])
  }
}

/** A client's maxes, unit and the library, as a progression reads them. */
export async function clientLoadNumbers(
  db: Kysely<Database>,
  clientId: string | null,
  library: ExerciseIndex,
): Promise<ClientLoadNumbers & { numbers: Awaited<ReturnType<typeof findClientNumbers>> }> {
  const numbers = clientId
    ? await findClientNumbers(db, clientId)
    : { loads: { unit: 'kg' as const, increment: 2.5, thresholdPaceSecPerKm: null }, maxes: [] }
  return {
    numbers,
    library,
    units: { unit: numbers.loads.unit, increment: numbers.loads.increment },
    maxOf: (lift) => maxOfLift(numbers.maxes, lift, library),
  }
}

/** A template fitted to a client (or the typical one) from `startDate`, and that client. */
async function fitted(
  ctx: BackendContext,
  input: { templateId: string; clientId?: string | undefined; weeks?: WeekRange | undefined },
) {
  const template = await templateById(ctx.db, input.templateId)
  assertWeeksIn(template, input.weeks)
  const client = input.clientId ? await clientById(ctx.db, input.clientId) : TYPICAL_CLIENT
  const library = await exerciseIndex(ctx.db)
  const load = await clientLoadNumbers(ctx.db, input.clientId ?? null, library)
  const plan = fitTemplate(template, input.weeks, load, () => ctx.newId())
  return { template, client, library, numbers: load.numbers, load, plan }
}

export const templateHandlers: DomainHandlers<'templates'> = {
  'templates.list': (_input, ctx) => listTemplates(ctx.db),

  'templates.get': ({ id }, ctx) => templateById(ctx.db, id),

  'templates.save': async ({ blockId, weeks, ...fields }, ctx) => {
    const block = await readBlock(ctx.db, ctx, blockId)
    assertWeeksIn(block, weeks)
    // The template keeps prescriptions, never this client's kilograms (relativeToMaxes).
    const library = await exerciseIndex(ctx.db)
    const owner = await clientById(ctx.db, block.clientId)
    const load = await clientLoadNumbers(ctx.db, block.clientId, library)
    const kept = takeWeeks(block, weeks, () => ctx.newId())
    const relative = relativeToMaxes(kept.sessions, { ...load, name: owner.name })
    const now = ctx.now().toISOString()
    const template: Template = {
      id: ctx.newId(),
      ...fields,
      weeks: kept.weeks,
      sessions: relative.sessions,
      createdAt: now,
      updatedAt: now,
    }
    assertProgressionsIn(template.weeks.length, template.progressions)
    return ctx.db.transaction().execute(async (trx) => {
      await assertNameFree(trx, template.name)
      await insertTemplate(trx, template)
      return { ...template, conversions: relative.conversions.map(conversionWords) }
    })
  },

  'templates.update': async ({ id, ...changes }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const template = await templateById(trx, id)
      assertProgressionsIn(template.weeks.length, changes.progressions)
      if (changes.name !== undefined) await assertNameFree(trx, changes.name, id)
      await updateTemplate(trx, id, changes, ctx.now().toISOString())
      return templateById(trx, id)
    }),

  'templates.duplicate': async ({ id, name }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const source = await templateById(trx, id)
      await assertNameFree(trx, name)
      const now = ctx.now().toISOString()
      const copy: Template = {
        ...source,
        ...takeWeeks(source, undefined, () => ctx.newId()),
        id: ctx.newId(),
        name,
        createdAt: now,
        updatedAt: now,
      }
      await insertTemplate(trx, copy)
      return copy
    }),

  'templates.remove': async ({ id }, ctx) => {
    await templateById(ctx.db, id)
    return { removed: await setTemplateDeleted(ctx.db, id, ctx.now().toISOString()) }
  },

  'templates.restore': async ({ id }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('templates')
        .select(['name', 'deleted_at'])
        .where('id', '=', id)
        .executeTakeFirst()
      if (!row) throw new DomainError('not_found', `No template with id ${id}.`)
      // Another template may have taken the name meanwhile: the coach renames one of them.
      await assertNameFree(trx, row.name, id)
      await setTemplateDeleted(trx, id, null)
      return templateById(trx, id)
    }),

  'templates.preview': async (input, ctx) => {
    const { client, library, numbers, load, plan } = await fitted(ctx, input)
    // The client's own training before the start counts, as it will once the block exists.
    const [history] = input.clientId
      ? await historiesOf(ctx.db, [{ client, startDate: input.startDate, numbers }], library)
      : [undefined]
    const block: Block = {
      id: 'preview',
      clientId: client.id,
      name: 'preview',
      startDate: input.startDate,
      status: 'draft',
      revision: 1,
      createdAt: '',
      updatedAt: '',
      ...plan,
    }
    return {
      clientName: client.name,
      ...plan,
      loads: mainLiftLoads(plan.sessions, plan.weeks.length, load),
      analysis: analysisWithOverrides({
        plan: blockToPlan(block, client, { library, numbers, history }),
        overrides: [],
        library,
      }),
    }
  },

  'templates.apply': async (input, ctx) => {
    const { template, plan } = await fitted(ctx, input)
    return writeImportedBlock(
      ctx.db,
      {
        clientId: input.clientId,
        newClient: null,
        name: input.name ?? template.name,
        startDate: input.startDate,
        status: input.activate ? 'active' : 'draft',
        ...plan,
      },
      { newId: () => ctx.newId(), now: ctx.now().toISOString() },
    )
  },
}
