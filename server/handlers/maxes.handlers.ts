import { findClient } from '../../db/repositories/client.repository'
import {
  deleteClientMax,
  findClientNumbers,
  saveClientLoads,
  saveClientMax,
} from '../../db/repositories/max.repository'
import {
  listExercises,
  mergeExercises,
  saveExercise,
} from '../../db/repositories/exercise.repository'
import { DomainError } from '../../shared/contract/result'
import { ExerciseIndex } from '../../shared/exercises/exercise-index'
import { epleyOneRm } from '../../shared/exercises/loads'
import type { LiftMaxRecord } from '../../shared/schemas/maxes.schema'
import type { BackendContext } from '../context'
import type { DomainHandlers } from './handler-types'

async function assertClient(ctx: BackendContext, clientId: string): Promise<void> {
  if (!(await findClient(ctx.db, clientId))) {
    throw new DomainError('not_found', `No client with id ${clientId}.`)
  }
}

/** A max as recorded: tested, or estimated from the set (kept beside it, with the formula). */
function maxRecord(input: {
  lift: string
  oneRmKg?: number | undefined
  fromSet?: { loadKg: number; reps: number } | undefined
  measuredOn: string
  trainingMaxPct: number | null
}): LiftMaxRecord {
  const estimated = input.fromSet
    ? Math.round(epleyOneRm(input.fromSet.loadKg, input.fromSet.reps) * 10) / 10
    : undefined
  return {
    lift: input.lift,
    oneRmKg: input.oneRmKg ?? estimated!,
    method: input.fromSet ? 'epley' : 'tested',
    fromLoadKg: input.fromSet?.loadKg ?? null,
    fromReps: input.fromSet?.reps ?? null,
    measuredOn: input.measuredOn,
    trainingMaxPct: input.trainingMaxPct,
  }
}

export const maxesHandlers: DomainHandlers<'maxes'> = {
  'maxes.get': async ({ clientId }, ctx) => {
    await assertClient(ctx, clientId)
    return { clientId, ...(await findClientNumbers(ctx.db, clientId)) }
  },
  'maxes.set': async (input, ctx) => {
    await assertClient(ctx, input.clientId)
    // The lift is stored under the library's own name when the coach typed an alias ("BS").
    const known = new ExerciseIndex(await listExercises(ctx.db)).find(input.lift)
    const record = maxRecord({ ...input, lift: known?.name ?? input.lift.trim() })
    await saveClientMax(ctx.db, input.clientId, record, ctx.now().toISOString())
    return record
  },
  'maxes.remove': async ({ clientId, lift }, ctx) => {
    await assertClient(ctx, clientId)
    return { removed: await deleteClientMax(ctx.db, clientId, lift) }
  },
  'maxes.setLoads': async ({ clientId, loads }, ctx) => {
    await assertClient(ctx, clientId)
    await saveClientLoads(ctx.db, clientId, loads)
    return loads
  },
}

export const exerciseHandlers: DomainHandlers<'exercises'> = {
  'exercises.list': (_input, ctx) => listExercises(ctx.db),
  'exercises.save': async ({ exercise }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      // A name (or alias) names one exercise: a second "Back squat" or a new "BS" is refused.
      const taken = (await listExercises(trx)).find(
        (e) =>
          e.id !== exercise.id &&
          [e.name, ...e.aliases].some((n) =>
            [exercise.name, ...exercise.aliases].some((m) => m.toLowerCase() === n.toLowerCase()),
          ),
      )
      if (taken) {
        throw new DomainError('invalid_input', `${taken.name} already has that name or alias.`, [
          { path: 'exercise.name', message: `already used by ${taken.name}` },
        ])
      }
      return saveExercise(
        trx,
        { ...exercise, id: exercise.id ?? ctx.newId() },
        ctx.now().toISOString(),
      )
    }),
  'exercises.merge': async ({ fromId, intoId }, ctx) => {
    const kept = await ctx.db
      .transaction()
      .execute((trx) => mergeExercises(trx, fromId, intoId, ctx.now().toISOString()))
    if (!kept) throw new DomainError('not_found', 'Choose two different exercises of the library.')
    return kept
  },
}
