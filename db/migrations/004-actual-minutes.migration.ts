import { sql } from 'kysely'
import type { Migration } from './migration'

/**
 * What a session actually took, logged beside its actual RPE: the load of a completed session is
 * actual RPE × actual minutes (docs/engine-rules.md §4.1), and a client's history is built from it.
 */
export const actualMinutesMigration: Migration = {
  version: 4,
  name: 'actual-minutes',
  up: ({ schema, type }) => [
    schema
      .alterTable('sessions')
      .addColumn('minutes_actual', type.integer, (c) =>
        c.check(sql`minutes_actual is null or minutes_actual between 1 and 1440`),
      ),
  ],
}
