import type { Kysely } from 'kysely'
import { LIBRARY_SEED } from '../../shared/exercises/library-seed'
import type { LibraryExercise } from '../../shared/exercises/library-seed'
import type { Database, ExercisesTable } from '../schema'

const SEEDED_KEY = 'exercise_library_seeded'

export type StoredExercise = LibraryExercise & { id: string }

const exerciseFromRow = (r: ExercisesTable): StoredExercise => ({
  id: r.id,
  name: r.name,
  region: r.region as LibraryExercise['region'],
  pattern: r.pattern as LibraryExercise['pattern'],
  equipment: r.equipment as LibraryExercise['equipment'],
  aliases: JSON.parse(r.aliases) as string[],
  modality: r.modality as LibraryExercise['modality'],
  ...(r.run_type ? { runType: r.run_type as NonNullable<LibraryExercise['runType']> } : {}),
})

/** The library, by name. */
export async function listExercises(db: Kysely<Database>): Promise<StoredExercise[]> {
  const rows = await db.selectFrom('exercises').selectAll().orderBy('name').execute()
  return rows.map(exerciseFromRow)
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
    for (const e of LIBRARY_SEED) {
      await trx
        .insertInto('exercises')
        .values({
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
        })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute()
    }
    await trx.insertInto('app_meta').values({ key: SEEDED_KEY, value: options.now }).execute()
  })
}
