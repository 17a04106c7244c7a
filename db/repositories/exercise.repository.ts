import type { Kysely } from 'kysely'
import { ExerciseIndex } from '../../shared/exercises/exercise-index'
import { LIBRARY_SEED } from '../../shared/exercises/library-seed'
import type { LibraryExercise } from '../../shared/exercises/library-seed'
import type { Database, ExercisesTable } from '../schema'
import { findRow } from './rows-by-key'

const SEEDED_KEY = 'exercise_library_seeded'

export type StoredExercise = LibraryExercise & { id: string }

export const exerciseFromRow = (r: ExercisesTable): StoredExercise => ({
  id: r.id,
  name: r.name,
  region: r.region,
  pattern: r.pattern,
  equipment: r.equipment,
  aliases: JSON.parse(r.aliases) as string[],
  modality: r.modality,
  ...(r.run_type ? { runType: r.run_type } : {}),
})

/** The library's rows as stored, by name. */
export async function listExerciseRows(db: Kysely<Database>): Promise<ExercisesTable[]> {
  return db.selectFrom('exercises').selectAll().orderBy('name').execute()
}

/** The library, by name. */
export async function listExercises(db: Kysely<Database>): Promise<StoredExercise[]> {
  return (await listExerciseRows(db)).map(exerciseFromRow)
}

/** The stored library as the engine and the handouts look names up in it. */
export async function exerciseIndex(db: Kysely<Database>): Promise<ExerciseIndex> {
  return new ExerciseIndex(await listExercises(db))
}

/**
 * Fills the library with the built-in exercises the first time a database is opened by the app
 * (once: an exercise the coach deletes or merges away does not come back).
 */
export async function seedExerciseLibrary(
  db: Kysely<Database>,
  options: { now: string; newId: () => string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const seeded = await trx
      .selectFrom('app_meta')
      .select('value')
      .where('key', '=', SEEDED_KEY)
      .executeTakeFirst()
    if (seeded) return
    // One statement for the whole list: a round trip each would be 174 on a team server.
    await trx
      .insertInto('exercises')
      .values(
        LIBRARY_SEED.map((e) => ({
          id: options.newId(),
          name: e.name,
          region: e.region,
          pattern: e.pattern,
          equipment: e.equipment,
          aliases: JSON.stringify(e.aliases),
          modality: e.modality,
          run_type: e.runType ?? null,
          created_at: options.now,
          updated_at: options.now,
        })),
      )
      .onConflict((oc) => oc.column('name').doNothing())
      .execute()
    // Two team servers starting together may both get here: the second one's insert does nothing.
    await trx
      .insertInto('app_meta')
      .values({ key: SEEDED_KEY, value: options.now })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute()
  })
}

/** Adds an exercise, or changes one (a rename keeps the old name as an alias). */
export async function saveExercise(
  db: Kysely<Database>,
  exercise: StoredExercise,
  now: string,
): Promise<StoredExercise> {
  const before = await findRow(db, 'exercises', { id: exercise.id })
  const renamedFrom =
    before && before.name.toLowerCase() !== exercise.name.toLowerCase() ? before.name : null
  const aliases = [...exercise.aliases, ...(renamedFrom ? [renamedFrom] : [])].filter(
    (a, i, all) =>
      a.toLowerCase() !== exercise.name.toLowerCase() &&
      all.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i,
  )
  const values = {
    name: exercise.name,
    region: exercise.region,
    pattern: exercise.pattern,
    equipment: exercise.equipment,
    aliases: JSON.stringify(aliases),
    modality: exercise.modality,
    run_type: exercise.runType ?? null,
    updated_at: now,
  }
  if (before) await db.updateTable('exercises').set(values).where('id', '=', exercise.id).execute()
  else
    await db
      .insertInto('exercises')
      .values({ id: exercise.id, ...values, created_at: now })
      .execute()
  if (renamedFrom) {
    await db
      .updateTable('client_maxes')
      .set({ lift: exercise.name })
      .where('lift', '=', renamedFrom)
      .execute()
  }
  return { ...exercise, aliases }
}

/**
 * Merges one exercise into another: the merged one's name and aliases become aliases of the one
 * kept (so lines written with them still find it), and clients' maxes under the merged name move
 * to the kept one unless the client already has one there.
 */
export async function mergeExercises(
  db: Kysely<Database>,
  fromId: string,
  intoId: string,
  now: string,
): Promise<StoredExercise | null> {
  const rows = await db
    .selectFrom('exercises')
    .selectAll()
    .where('id', 'in', [fromId, intoId])
    .execute()
  const from = rows.find((r) => r.id === fromId)
  const into = rows.find((r) => r.id === intoId)
  if (!from || !into || fromId === intoId) return null
  const kept = exerciseFromRow(into)
  const merged = exerciseFromRow(from)
  const aliases = [...kept.aliases, merged.name, ...merged.aliases].filter(
    (a, i, all) =>
      a.toLowerCase() !== kept.name.toLowerCase() &&
      all.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i,
  )
  await db.deleteFrom('exercises').where('id', '=', fromId).execute()
  await db
    .updateTable('exercises')
    .set({ aliases: JSON.stringify(aliases), updated_at: now })
    .where('id', '=', intoId)
    .execute()
  const moving = await db
    .selectFrom('client_maxes')
    .select(['client_id'])
    .where('lift', '=', merged.name)
    .execute()
  for (const { client_id } of moving) {
    const has = await db
      .selectFrom('client_maxes')
      .select('lift')
      .where('client_id', '=', client_id)
      .where('lift', '=', kept.name)
      .executeTakeFirst()
    if (has) {
      await db
        .deleteFrom('client_maxes')
        .where('client_id', '=', client_id)
        .where('lift', '=', merged.name)
        .execute()
    } else {
      await db
        .updateTable('client_maxes')
        .set({ lift: kept.name })
        .where('client_id', '=', client_id)
        .where('lift', '=', merged.name)
        .execute()
    }
  }
  return { ...kept, aliases }
}
