import { sql } from 'kysely'
import type { Migration } from './migration'

const between = (column: string, low: number, high: number) =>
  sql`${sql.ref(column)} is null or ${sql.ref(column)} between ${sql.lit(low)} and ${sql.lit(high)}`

/**
 * A client's readiness, one row a day, every measure optional: last night's sleep, the morning's
 * HRV (ln rMSSD), lower-body soreness, fatigue, mood, pain regions and illness
 * (docs/engine-rules.md §4.6). The RDY rules read them for the weeks they cover.
 */
export const readinessMigration: Migration = {
  version: 5,
  name: 'readiness',
  up: ({ type, table, matches }) => [
    table('readiness', (t) =>
      t
        .addColumn('client_id', type.text, (c) =>
          c.notNull().references('clients.id').onDelete('cascade'),
        )
        .addColumn('date', type.text, (c) =>
          c
            .notNull()
            .check(
              matches(
                'date',
                '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]',
                '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
              ),
            ),
        )
        .addColumn('sleep_h', type.real, (c) => c.check(between('sleep_h', 0, 24)))
        .addColumn('hrv', type.real, (c) => c.check(between('hrv', 0, 10)))
        .addColumn('soreness_lower', type.real, (c) => c.check(between('soreness_lower', 0, 10)))
        .addColumn('fatigue', type.real, (c) => c.check(between('fatigue', 0, 10)))
        .addColumn('mood', type.real, (c) => c.check(between('mood', 1, 5)))
        .addColumn('pain_regions', type.text, (c) =>
          c
            .notNull()
            .defaultTo('[]')
            .check(sql`json_valid(pain_regions)`),
        )
        .addColumn('illness', type.integer, (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`illness in (0, 1)`),
        )
        .addColumn('updated_at', type.text, (c) => c.notNull())
        .addPrimaryKeyConstraint('readiness_pkey', ['client_id', 'date']),
    ),
  ],
}
