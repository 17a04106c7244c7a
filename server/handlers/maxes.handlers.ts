import type { Kysely } from 'kysely'
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
import { summariseIssues } from '../../shared/contract/field-issues'
import { DomainError } from '../../shared/contract/result'
import type { FieldIssue } from '../../shared/contract/result'
import { ExerciseIndex } from '../../shared/exercises/exercise-index'
import { epleyOneRm } from '../../shared/exercises/loads'
import { addDays, localIsoDate } from '../../shared/plans/calendar'
import type { LiftMaxRecord } from '../../shared/schemas/maxes.schema'
import type { Database } from '../../db/schema'
import type { BackendContext } from '../context'
import type { DomainHandlers } from './handler-types'

async function assertClient(ctx: BackendContext, clientId: string): Promise<void> {
  if (!(await findClient(ctx.db, clientId))) {
    throw new DomainError('not_found', `No client with id ${clientId}.`)
  }
}

/** Kilograms to the 100 g: the precision a max is kept at (315 lb is 142.9 kg). */
const toTenth = (kg: number) => Math.round(kg * 10) / 10

/**
 * A max as recorded: tested, or estimated from the set (kept beside it, with the formula). A max
 * entered in pounds arrives converted; to the 100 g it still reads back as the pounds typed.
 */
function maxRecord(input: {
  lift: string
  oneRmKg?: number | undefined
  fromSet?: { loadKg: number; reps: number } | undefined
  measuredOn: string
  trainingMaxPct: number | null
}): LiftMaxRecord {
  const estimated = input.fromSet
    ? toTenth(epleyOneRm(input.fromSet.loadKg, input.fromSet.reps))
    : undefined
  return {
    lift: input.lift,
    oneRmKg: input.oneRmKg !== undefined ? toTenth(input.oneRmKg) : estimated!,
    method: input.fromSet ? 'epley' : 'tested',
    fromLoadKg: input.fromSet ? toTenth(input.fromSet.loadKg) : null,
    fromReps: input.fromSet?.reps ?? null,
    measuredOn: input.measuredOn,
    trainingMaxPct: input.trainingMaxPct,
  }
}

/**
 * Records maxes, each under the library's own name when the coach typed an alias ("BS"). Refused
 * whole, naming the field: a lift given twice (which one the coach meant is theirs to say, not the
 * last one's), and a max measured on a day that has not come (one day of grace, for a coach whose
 * clock is ahead of a team server's).
 */
async function saveMaxes(
  db: Kysely<Database>,
  clientId: string,
  entries: readonly Parameters<typeof maxRecord>[0][],
  now: Date,
  fieldOf: (index: number, field: string) => string,
): Promise<LiftMaxRecord[]> {
  const index = new ExerciseIndex(await listExercises(db))
  const lifts = entries.map((entry) => index.find(entry.lift)?.name ?? entry.lift.trim())
  const latest = addDays(localIsoDate(now), 1)
  const issues: FieldIssue[] = []
  entries.forEach((entry, i) => {
    const first = lifts.findIndex((lift) => lift.toLowerCase() === lifts[i]!.toLowerCase())
    if (first < i) {
      const typed = [entries[first]!.lift.trim(), entry.lift.trim()]
      const as = typed[0] === typed[1] ? '' : ` (as “${typed[0]}” and “${typed[1]}”)`
      issues.push({
        path: fieldOf(i, 'lift'),
        message: `${lifts[i]} is given twice${as}: keep one`,
      })
    }
    if (entry.measuredOn > latest) {
      issues.push({
        path: fieldOf(i, 'measuredOn'),
        message: `${entry.measuredOn} has not come yet: a max is dated the day it was measured`,
      })
    }
  })
  if (issues.length > 0) {
    throw new DomainError('invalid_input', summariseIssues(issues), issues)
  }
  const records: LiftMaxRecord[] = []
  for (const [i, entry] of entries.entries()) {
    const record = maxRecord({ ...entry, lift: lifts[i]! })
    await saveClientMax(db, clientId, record, now.toISOString())
    records.push(record)
  }
  return records
}

export const maxesHandlers: DomainHandlers<'maxes'> = {
  'maxes.get': async ({ clientId }, ctx) => {
    await assertClient(ctx, clientId)
    return { clientId, ...(await findClientNumbers(ctx.db, clientId)) }
  },
  'maxes.set': async ({ clientId, ...entry }, ctx) => {
    await assertClient(ctx, clientId)
    const [record] = await saveMaxes(ctx.db, clientId, [entry], ctx.now(), (_, field) => field)
    return record!
  },
  'maxes.setMany': async ({ clientId, maxes, thresholdPaceSecPerKm }, ctx) => {
    await assertClient(ctx, clientId)
    // One transaction: a refused max, or a failing disk, leaves every max as it was.
    return ctx.db.transaction().execute(async (trx) => {
      const records = await saveMaxes(trx, clientId, maxes, ctx.now(), (i, f) => `maxes.${i}.${f}`)
      if (thresholdPaceSecPerKm !== undefined) {
        const { loads } = await findClientNumbers(trx, clientId)
        await saveClientLoads(trx, clientId, { ...loads, thresholdPaceSecPerKm })
      }
      return { clientId, ...(await findClientNumbers(trx, clientId)), saved: records.length }
    })
  },
  'maxes.remove': async ({ clientId, lift }, ctx) => {
    await assertClient(ctx, clientId)
    // Under the library's name, as it was saved: "BS" removes the Back squat max "BS" set.
    const index = new ExerciseIndex(await listExercises(ctx.db))
    const name = index.find(lift)?.name ?? lift.trim()
    return { removed: await deleteClientMax(ctx.db, clientId, name) }
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
