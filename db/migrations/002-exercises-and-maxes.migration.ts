import { sql } from 'kysely'
import type { Migration } from './migration'

/**
 * The exercise library (filled with the built-in list on first open, then the coach's), each
 * client's load unit and step, their maxes per lift, and a small key/value table of facts about
 * the database itself (whether the library was seeded).
 */
export const exercisesAndMaxesMigration: Migration = {
  version: 2,
  name: 'exercises-and-maxes',
  up: ({ type, table }) => [
    table('exercises', (t) =>
      t
        .addColumn('id', type.text, (c) => c.primaryKey())
        .addColumn('name', type.nocaseText, (c) =>
          c
            .notNull()
            .unique()
            .check(sql`length(name) between 1 and 120`),
        )
        .addColumn('region', type.text, (c) =>
          c.check(sql`region is null or region in ('lower', 'upper', 'full', 'core')`),
        )
        .addColumn('pattern', type.text, (c) => c.notNull())
        .addColumn('equipment', type.text, (c) => c.notNull())
        .addColumn('aliases', type.text, (c) =>
          c
            .notNull()
            .defaultTo('[]')
            .check(sql`json_valid(aliases)`),
        )
        .addColumn('modality', type.text, (c) => c.notNull())
        .addColumn('run_type', type.text)
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addColumn('updated_at', type.text, (c) => c.notNull()),
    ),

    table('client_loads', (t) =>
      t
        .addColumn('client_id', type.text, (c) =>
          c.primaryKey().references('clients.id').onDelete('cascade'),
        )
        .addColumn('unit', type.text, (c) => c.notNull().check(sql`unit in ('kg', 'lb')`))
        .addColumn('increment', type.real, (c) =>
          c.notNull().check(sql`increment >= 0.25 and increment <= 50`),
        )
        .addColumn('threshold_pace_sec_per_km', type.real, (c) =>
          c.check(
            sql`threshold_pace_sec_per_km is null or threshold_pace_sec_per_km between 150 and 900`,
          ),
        ),
    ),

    table('client_maxes', (t) =>
      t
        .addColumn('client_id', type.text, (c) =>
          c.notNull().references('clients.id').onDelete('cascade'),
        )
        .addColumn('lift', type.nocaseText, (c) =>
          c.notNull().check(sql`length(lift) between 1 and 120`),
        )
        .addColumn('one_rm_kg', type.real, (c) =>
          c.notNull().check(sql`one_rm_kg > 0 and one_rm_kg <= 1000`),
        )
        .addColumn('method', type.text, (c) =>
          c.notNull().check(sql`method in ('tested', 'epley')`),
        )
        .addColumn('from_load_kg', type.real)
        .addColumn('from_reps', type.integer)
        .addColumn('measured_on', type.text, (c) => c.notNull())
        .addColumn('training_max_pct', type.real, (c) =>
          c.check(sql`training_max_pct is null or training_max_pct between 50 and 100`),
        )
        .addColumn('updated_at', type.text, (c) => c.notNull())
        .addPrimaryKeyConstraint('client_maxes_pkey', ['client_id', 'lift']),
    ),

    table('app_meta', (t) =>
      t
        .addColumn('key', type.text, (c) => c.primaryKey())
        .addColumn('value', type.text, (c) => c.notNull()),
    ),
  ],
}
