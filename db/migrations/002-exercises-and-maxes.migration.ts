import type { Migration } from './migration'

/**
 * The exercise library (filled with the built-in list on first open, then the coach's), each
 * client's load unit and step, their maxes per lift, and a small key/value table of facts about
 * the database itself (whether the library was seeded).
 */
export const exercisesAndMaxesMigration: Migration = {
  version: 2,
  name: 'exercises-and-maxes',
  up(db) {
    db.exec(`
      CREATE TABLE exercises (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 120),
        region TEXT CHECK (region IS NULL OR region IN ('lower', 'upper', 'full', 'core')),
        pattern TEXT NOT NULL,
        equipment TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
        modality TEXT NOT NULL,
        run_type TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE client_loads (
        client_id TEXT PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
        unit TEXT NOT NULL CHECK (unit IN ('kg', 'lb')),
        increment REAL NOT NULL CHECK (increment >= 0.25 AND increment <= 50),
        threshold_pace_sec_per_km REAL
          CHECK (threshold_pace_sec_per_km IS NULL OR threshold_pace_sec_per_km BETWEEN 150 AND 900)
      ) STRICT;

      CREATE TABLE client_maxes (
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        lift TEXT NOT NULL COLLATE NOCASE CHECK (length(lift) BETWEEN 1 AND 120),
        one_rm_kg REAL NOT NULL CHECK (one_rm_kg > 0 AND one_rm_kg <= 1000),
        method TEXT NOT NULL CHECK (method IN ('tested', 'epley')),
        from_load_kg REAL,
        from_reps INTEGER,
        measured_on TEXT NOT NULL,
        training_max_pct REAL CHECK (training_max_pct IS NULL OR training_max_pct BETWEEN 50 AND 100),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (client_id, lift)
      ) STRICT;

      CREATE TABLE app_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `)
  },
}
