import type BetterSqlite3 from 'better-sqlite3'

/**
 * The SQL of migrations 1–6 exactly as they shipped (raw SQLite through better-sqlite3), before
 * each migration was defined once for SQLite and PostgreSQL. Coaches' files were made by these:
 * tests/integration/db/legacy-files.test.ts builds files with them, at every old version, and
 * checks that today's migrations take each one to the same schema as ever.
 */

const bool = (column: string) => `${column} INTEGER NOT NULL CHECK (${column} IN (0, 1))`
const boolOrNull = (column: string) => `${column} INTEGER CHECK (${column} IN (0, 1))`
const oneOf = (column: string, values: string[]) =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`

export const LEGACY_MIGRATIONS: {
  version: number
  name: string
  up(db: BetterSqlite3.Database): void
}[] = [
  {
    version: 1,
    name: 'initial',
    up: (db) =>
      db.exec(`
      CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        email TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        goal TEXT NOT NULL ${oneOf('goal', ['strength', 'hypertrophy', 'endurance', 'general_fitness', 'fat_loss', 'hybrid'])},
        experience_strength TEXT NOT NULL ${oneOf('experience_strength', ['novice', 'intermediate', 'advanced'])},
        experience_running TEXT NOT NULL ${oneOf('experience_running', ['novice', 'intermediate', 'advanced'])},
        ${bool('can_run_mile')},
        competitive_level TEXT NOT NULL ${oneOf('competitive_level', ['recreational', 'competitive', 'elite'])},
        age_years INTEGER,
        sex TEXT,
        body_mass_kg REAL,
        injury_history TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(injury_history)),
        ${boolOrNull('injury_prone_lower_override')},
        sleep_avg_7d_h REAL,
        life_stress INTEGER CHECK (life_stress BETWEEN 1 AND 5),
        energy_deficit TEXT,
        ${bool('recovers_slowly')},
        ${boolOrNull('limited_recovery_override')},
        habitual_bedtime TEXT,
        habitual_wake TEXT,
        availability TEXT CHECK (availability IS NULL OR json_valid(availability)),
        max_sessions_per_day INTEGER NOT NULL CHECK (max_sessions_per_day BETWEEN 1 AND 6),
        rest_days TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(rest_days)),
        endurance_block_week INTEGER,
        ${bool('advice_enabled')},
        ${bool('archived')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX clients_by_name ON clients (name COLLATE NOCASE);

      CREATE TABLE blocks (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        start_date TEXT NOT NULL,
        status TEXT NOT NULL ${oneOf('status', ['draft', 'active', 'done'])},
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX blocks_by_client ON blocks (client_id);
      -- The roster check analyses "the" active block of each client, so there is at most one.
      CREATE UNIQUE INDEX blocks_one_active_per_client ON blocks (client_id) WHERE status = 'active';

      CREATE TABLE block_weeks (
        block_id TEXT NOT NULL REFERENCES blocks (id) ON DELETE CASCADE,
        week_index INTEGER NOT NULL CHECK (week_index >= 0),
        phase TEXT NOT NULL,
        ${bool('deload')},
        PRIMARY KEY (block_id, week_index)
      ) STRICT;

      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        block_id TEXT NOT NULL,
        week_index INTEGER NOT NULL,
        day INTEGER NOT NULL CHECK (day BETWEEN 0 AND 6),
        start TEXT NOT NULL CHECK (start GLOB '[0-2][0-9]:[0-5][0-9]'),
        duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 1440),
        modality TEXT NOT NULL ${oneOf('modality', ['strength', 'run', 'cycle', 'elliptical', 'row', 'swim', 'walk', 'mobility', 'sport', 'other'])},
        region TEXT,
        top_set_reps INTEGER,
        pct1rm REAL,
        ${bool('to_failure')},
        run_type TEXT,
        zone INTEGER CHECK (zone BETWEEN 1 AND 5),
        rpe INTEGER CHECK (rpe BETWEEN 0 AND 10),
        terrain TEXT NOT NULL,
        descent_m REAL,
        ${boolOrNull('eccentric')},
        priority TEXT NOT NULL ${oneOf('priority', ['key', 'normal', 'optional'])},
        ${bool('locked')},
        attached_to TEXT REFERENCES sessions (id) ON DELETE SET NULL,
        tag TEXT,
        distance_km REAL,
        status TEXT NOT NULL ${oneOf('status', ['planned', 'completed', 'skipped'])},
        rpe_actual INTEGER CHECK (rpe_actual BETWEEN 0 AND 10),
        exercises TEXT CHECK (exercises IS NULL OR json_valid(exercises)),
        notes TEXT,
        sort_order INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (block_id, week_index) REFERENCES block_weeks (block_id, week_index) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX sessions_by_block ON sessions (block_id, week_index, day, start);
      CREATE INDEX sessions_by_attachment ON sessions (attached_to);

      CREATE TABLE finding_overrides (
        id TEXT PRIMARY KEY,
        block_id TEXT NOT NULL REFERENCES blocks (id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        subject TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(reason) >= 1),
        created_at TEXT NOT NULL,
        UNIQUE (block_id, rule, subject)
      ) STRICT;
    `),
  },
  {
    version: 2,
    name: 'exercises-and-maxes',
    up: (db) =>
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
    `),
  },
  {
    version: 3,
    name: 'templates',
    up: (db) =>
      db.exec(`
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 120),
        description TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        weeks TEXT NOT NULL CHECK (json_valid(weeks)),
        sessions TEXT NOT NULL CHECK (json_valid(sessions)),
        progressions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(progressions)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE UNIQUE INDEX templates_name ON templates (name) WHERE deleted_at IS NULL;
    `),
  },
  {
    version: 4,
    name: 'actual-minutes',
    up: (db) =>
      db.exec(`
      ALTER TABLE sessions ADD COLUMN minutes_actual INTEGER
        CHECK (minutes_actual IS NULL OR minutes_actual BETWEEN 1 AND 1440);
    `),
  },
  {
    version: 5,
    name: 'readiness',
    up: (db) =>
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
    `),
  },
  {
    version: 6,
    name: 'session-title',
    up: (db) =>
      db.exec(`
      ALTER TABLE sessions ADD COLUMN title TEXT
        CHECK (title IS NULL OR length(title) BETWEEN 1 AND 200);
    `),
  },
]
