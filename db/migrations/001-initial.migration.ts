import { sql } from 'kysely'
import type { ColumnDefinitionBuilder } from 'kysely'
import type { Migration } from './migration'

type Column = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder

const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql.lit(v)))
const oneOf =
  (column: string, values: string[]): Column =>
  (c) =>
    c.notNull().check(sql`${sql.ref(column)} in (${list(values)})`)
const flag =
  (column: string): Column =>
  (c) =>
    c.notNull().check(sql`${sql.ref(column)} in (0, 1)`)
const flagOrNull =
  (column: string): Column =>
  (c) =>
    c.check(sql`${sql.ref(column)} in (0, 1)`)
const jsonText =
  (column: string): Column =>
  (c) =>
    c
      .notNull()
      .defaultTo('[]')
      .check(sql`json_valid(${sql.ref(column)})`)
const nameOf120 =
  (column: string): Column =>
  (c) =>
    c.notNull().check(sql`length(${sql.ref(column)}) between 1 and 120`)
const LEVELS = ['novice', 'intermediate', 'advanced']

/**
 * PostgreSQL has no json_valid (SQLite's JSON1 function, which the CHECKs of every JSON column
 * use): the same name, true when the text parses as JSON, so one CHECK reads the same on both.
 */
const JSON_VALID_FUNCTION = sql`create function json_valid(document text) returns boolean
  language plpgsql immutable strict as $$
  begin
    perform document::json;
    return true;
  exception when others then
    return false;
  end
  $$`

/** Clients, blocks with their weeks, sessions, and coach overrides of findings. */
export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  up: ({ dialect, schema, type, table, matches }) => [
    ...(dialect === 'postgres'
      ? [sql`create extension if not exists citext`, JSON_VALID_FUNCTION]
      : []),
    table('clients', (t) =>
      t
        .addColumn('id', type.text, (c) => c.primaryKey())
        .addColumn('name', type.text, nameOf120('name'))
        .addColumn('email', type.text, (c) => c.notNull().defaultTo(''))
        .addColumn('notes', type.text, (c) => c.notNull().defaultTo(''))
        .addColumn(
          'goal',
          type.text,
          oneOf('goal', [
            'strength',
            'hypertrophy',
            'endurance',
            'general_fitness',
            'fat_loss',
            'hybrid',
          ]),
        )
        .addColumn('experience_strength', type.text, oneOf('experience_strength', LEVELS))
        .addColumn('experience_running', type.text, oneOf('experience_running', LEVELS))
        .addColumn('can_run_mile', type.integer, flag('can_run_mile'))
        .addColumn(
          'competitive_level',
          type.text,
          oneOf('competitive_level', ['recreational', 'competitive', 'elite']),
        )
        .addColumn('age_years', type.integer)
        .addColumn('sex', type.text)
        .addColumn('body_mass_kg', type.real)
        .addColumn('injury_history', type.text, jsonText('injury_history'))
        .addColumn(
          'injury_prone_lower_override',
          type.integer,
          flagOrNull('injury_prone_lower_override'),
        )
        .addColumn('sleep_avg_7d_h', type.real)
        .addColumn('life_stress', type.integer, (c) => c.check(sql`life_stress between 1 and 5`))
        .addColumn('energy_deficit', type.text)
        .addColumn('recovers_slowly', type.integer, flag('recovers_slowly'))
        .addColumn(
          'limited_recovery_override',
          type.integer,
          flagOrNull('limited_recovery_override'),
        )
        .addColumn('habitual_bedtime', type.text)
        .addColumn('habitual_wake', type.text)
        .addColumn('availability', type.text, (c) =>
          c.check(sql`availability is null or json_valid(availability)`),
        )
        .addColumn('max_sessions_per_day', type.integer, (c) =>
          c.notNull().check(sql`max_sessions_per_day between 1 and 6`),
        )
        .addColumn('rest_days', type.text, jsonText('rest_days'))
        .addColumn('endurance_block_week', type.integer)
        .addColumn('advice_enabled', type.integer, flag('advice_enabled'))
        .addColumn('archived', type.integer, flag('archived'))
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addColumn('updated_at', type.text, (c) => c.notNull()),
    ),
    // The roster lists clients by name ignoring case (lower() folds ASCII only under "C").
    schema
      .createIndex('clients_by_name')
      .on('clients')
      .expression(dialect === 'sqlite' ? sql`name collate NOCASE` : sql`lower(name)`),

    table('blocks', (t) =>
      t
        .addColumn('id', type.text, (c) => c.primaryKey())
        .addColumn('client_id', type.text, (c) =>
          c.notNull().references('clients.id').onDelete('restrict'),
        )
        .addColumn('name', type.text, nameOf120('name'))
        .addColumn('start_date', type.text, (c) => c.notNull())
        .addColumn('status', type.text, oneOf('status', ['draft', 'active', 'done']))
        .addColumn('revision', type.integer, (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addColumn('updated_at', type.text, (c) => c.notNull()),
    ),
    schema.createIndex('blocks_by_client').on('blocks').column('client_id'),
    // The roster check analyses "the" active block of each client, so there is at most one.
    schema
      .createIndex('blocks_one_active_per_client')
      .unique()
      .on('blocks')
      .column('client_id')
      .where(sql<boolean>`status = 'active'`),

    table('block_weeks', (t) =>
      t
        .addColumn('block_id', type.text, (c) =>
          c.notNull().references('blocks.id').onDelete('cascade'),
        )
        .addColumn('week_index', type.integer, (c) => c.notNull().check(sql`week_index >= 0`))
        .addColumn('phase', type.text, (c) => c.notNull())
        .addColumn('deload', type.integer, flag('deload'))
        .addPrimaryKeyConstraint('block_weeks_pkey', ['block_id', 'week_index']),
    ),

    table('sessions', (t) =>
      t
        .addColumn('id', type.text, (c) => c.primaryKey())
        .addColumn('block_id', type.text, (c) => c.notNull())
        .addColumn('week_index', type.integer, (c) => c.notNull())
        .addColumn('day', type.integer, (c) => c.notNull().check(sql`day between 0 and 6`))
        .addColumn('start', type.text, (c) =>
          c.notNull().check(matches('start', '[0-2][0-9]:[0-5][0-9]', '^[0-2][0-9]:[0-5][0-9]$')),
        )
        .addColumn('duration_min', type.integer, (c) =>
          c.notNull().check(sql`duration_min between 1 and 1440`),
        )
        .addColumn(
          'modality',
          type.text,
          oneOf('modality', [
            'strength',
            'run',
            'cycle',
            'elliptical',
            'row',
            'swim',
            'walk',
            'mobility',
            'sport',
            'other',
          ]),
        )
        .addColumn('region', type.text)
        .addColumn('top_set_reps', type.integer)
        .addColumn('pct1rm', type.real)
        .addColumn('to_failure', type.integer, flag('to_failure'))
        .addColumn('run_type', type.text)
        .addColumn('zone', type.integer, (c) => c.check(sql`zone between 1 and 5`))
        .addColumn('rpe', type.integer, (c) => c.check(sql`rpe between 0 and 10`))
        .addColumn('terrain', type.text, (c) => c.notNull())
        .addColumn('descent_m', type.real)
        .addColumn('eccentric', type.integer, flagOrNull('eccentric'))
        .addColumn('priority', type.text, oneOf('priority', ['key', 'normal', 'optional']))
        .addColumn('locked', type.integer, flag('locked'))
        .addColumn('attached_to', type.text, (c) =>
          c.references('sessions.id').onDelete('set null'),
        )
        .addColumn('tag', type.text)
        .addColumn('distance_km', type.real)
        .addColumn('status', type.text, oneOf('status', ['planned', 'completed', 'skipped']))
        .addColumn('rpe_actual', type.integer, (c) => c.check(sql`rpe_actual between 0 and 10`))
        .addColumn('exercises', type.text, (c) =>
          c.check(sql`exercises is null or json_valid(exercises)`),
        )
        .addColumn('notes', type.text)
        .addColumn('sort_order', type.integer, (c) => c.notNull())
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addColumn('updated_at', type.text, (c) => c.notNull())
        .addForeignKeyConstraint(
          'sessions_week_fkey',
          ['block_id', 'week_index'],
          'block_weeks',
          ['block_id', 'week_index'],
          (fk) => fk.onDelete('cascade'),
        ),
    ),
    schema
      .createIndex('sessions_by_block')
      .on('sessions')
      .columns(['block_id', 'week_index', 'day', 'start']),
    schema.createIndex('sessions_by_attachment').on('sessions').column('attached_to'),

    table('finding_overrides', (t) =>
      t
        .addColumn('id', type.text, (c) => c.primaryKey())
        .addColumn('block_id', type.text, (c) =>
          c.notNull().references('blocks.id').onDelete('cascade'),
        )
        .addColumn('rule', type.text, (c) => c.notNull())
        .addColumn('subject', type.text, (c) => c.notNull())
        .addColumn('reason', type.text, (c) => c.notNull().check(sql`length(reason) >= 1`))
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addUniqueConstraint('finding_overrides_key', ['block_id', 'rule', 'subject']),
    ),
  ],
}
