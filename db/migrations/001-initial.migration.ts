import type { Migration } from './migration'

const bool = (column: string) => `${column} INTEGER NOT NULL CHECK (${column} IN (0, 1))`
const boolOrNull = (column: string) => `${column} INTEGER CHECK (${column} IN (0, 1))`
const oneOf = (column: string, values: string[]) =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`

/** Clients, blocks with their weeks, sessions, and coach overrides of findings. */
export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
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
    `)
  },
}
