import type { Migration } from './migration'

/**
 * A client's readiness, one row a day, every measure optional: last night's sleep, the morning's
 * HRV (ln rMSSD), lower-body soreness, fatigue, mood, pain regions and illness
 * (docs/engine-rules.md §4.6). The RDY rules read them for the weeks they cover.
 */
export const readinessMigration: Migration = {
  version: 5,
  name: 'readiness',
  up(db) {
    db.exec(`
      CREATE TABLE readiness (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        sleep_h REAL CHECK (sleep_h IS NULL OR sleep_h BETWEEN 0 AND 24),
        hrv REAL CHECK (hrv IS NULL OR hrv BETWEEN 0 AND 10),
        soreness_lower REAL CHECK (soreness_lower IS NULL OR soreness_lower BETWEEN 0 AND 10),
        fatigue REAL CHECK (fatigue IS NULL OR fatigue BETWEEN 0 AND 10),
        mood REAL CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
        pain_regions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pain_regions)),
        illness INTEGER NOT NULL DEFAULT 0 CHECK (illness IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (client_id, date)
      ) STRICT;
    `)
  },
}
