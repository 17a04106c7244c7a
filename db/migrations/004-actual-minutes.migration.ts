import type { Migration } from './migration'

/**
 * What a session actually took, logged beside its actual RPE: the load of a completed session is
 * actual RPE × actual minutes (docs/engine-rules.md §4.1), and a client's history is built from it.
 */
export const actualMinutesMigration: Migration = {
  version: 4,
  name: 'actual-minutes',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN minutes_actual INTEGER
        CHECK (minutes_actual IS NULL OR minutes_actual BETWEEN 1 AND 1440);
    `)
  },
}
