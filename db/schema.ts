import type { Generated } from 'kysely'
import type { EQUIPMENT, MOVEMENT_PATTERNS } from '../shared/schemas/exercise.schema'
import type { BlockStatus, Phase } from '../shared/schemas/block.schema'
import type {
  COMPETITIVE_LEVELS,
  ENERGY_DEFICITS,
  Experience,
  Goal,
  SEXES,
} from '../shared/schemas/client.schema'
import type { LOAD_UNITS, MAX_METHODS } from '../shared/schemas/maxes.schema'
import type {
  Modality,
  PRIORITIES,
  RunType,
  SESSION_STATUSES,
  SESSION_TAGS,
  StrengthRegion,
  TERRAINS,
} from '../shared/schemas/session.schema'

/**
 * Row types of the schema, as the migrations create it. Booleans are 0/1 integers and lists are
 * JSON text; the repositories map rows to domain objects in one place. An enumerated column is
 * typed with the domain's own enum (the migrations' CHECK constraints and the load check keep
 * other values out), so a read needs no cast.
 */
export interface ClientsTable {
  id: string
  name: string
  email: string
  notes: string
  goal: Goal
  experience_strength: Experience
  experience_running: Experience
  can_run_mile: number
  competitive_level: (typeof COMPETITIVE_LEVELS)[number]
  age_years: number | null
  sex: (typeof SEXES)[number] | null
  body_mass_kg: number | null
  injury_history: string
  injury_prone_lower_override: number | null
  sleep_avg_7d_h: number | null
  life_stress: number | null
  energy_deficit: (typeof ENERGY_DEFICITS)[number] | null
  recovers_slowly: number
  limited_recovery_override: number | null
  habitual_bedtime: string | null
  habitual_wake: string | null
  availability: string | null
  max_sessions_per_day: number
  rest_days: string
  endurance_block_week: number | null
  advice_enabled: number
  archived: number
  created_at: string
  updated_at: string
}

export interface BlocksTable {
  id: string
  client_id: string
  name: string
  start_date: string
  status: BlockStatus
  revision: Generated<number>
  created_at: string
  updated_at: string
}

export interface BlockWeeksTable {
  block_id: string
  week_index: number
  phase: Phase
  deload: number
}

export interface SessionsTable {
  id: string
  block_id: string
  week_index: number
  day: number
  start: string
  duration_min: number
  modality: Modality
  region: StrengthRegion | null
  top_set_reps: number | null
  pct1rm: number | null
  to_failure: number
  run_type: RunType | null
  zone: number | null
  rpe: number | null
  terrain: (typeof TERRAINS)[number]
  descent_m: number | null
  eccentric: number | null
  priority: (typeof PRIORITIES)[number]
  locked: number
  attached_to: string | null
  tag: (typeof SESSION_TAGS)[number] | null
  distance_km: number | null
  status: (typeof SESSION_STATUSES)[number]
  rpe_actual: number | null
  minutes_actual: number | null
  exercises: string | null
  notes: string | null
  title: string | null
  sort_order: number
  created_at: string
  updated_at: string
}

export interface FindingOverridesTable {
  id: string
  block_id: string
  rule: string
  subject: string
  reason: string
  created_at: string
}

export interface ExercisesTable {
  id: string
  name: string
  region: StrengthRegion | null
  pattern: (typeof MOVEMENT_PATTERNS)[number]
  equipment: (typeof EQUIPMENT)[number]
  aliases: string
  modality: Modality
  run_type: RunType | null
  created_at: string
  updated_at: string
}

export interface ClientLoadsTable {
  client_id: string
  unit: (typeof LOAD_UNITS)[number]
  increment: number
  threshold_pace_sec_per_km: number | null
}

export interface ClientMaxesTable {
  client_id: string
  lift: string
  one_rm_kg: number
  method: (typeof MAX_METHODS)[number]
  from_load_kg: number | null
  from_reps: number | null
  measured_on: string
  training_max_pct: number | null
  updated_at: string
}

export interface AppMetaTable {
  key: string
  value: string
}

export interface SchemaMigrationsTable {
  version: number
  name: string
  applied_at: string
}

export interface TemplatesTable {
  id: string
  name: string
  description: string
  tags: string
  weeks: string
  sessions: string
  progressions: string
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export interface ReadinessTable {
  client_id: string
  date: string
  sleep_h: number | null
  hrv: number | null
  soreness_lower: number | null
  fatigue: number | null
  mood: number | null
  pain_regions: string
  illness: number
  updated_at: string
}

/** A block's last analysis and the fingerprint of what it read (db/migrations/007). */
export interface StoredAnalysesTable {
  block_id: string
  fingerprint: string
  /** The findings, encoded by server/analysis/stored-findings.ts. */
  findings: string
  /** The rest of the analysis (rules not evaluated, days, weeks) as JSON. */
  summary: string
}

/** A coach of the team (a team database; empty in a desktop file). */
export interface CoachesTable {
  id: string
  email: string
  name: string
  role: 'head' | 'coach'
  /** scrypt, with its salt and cost (server/team/passwords.ts); null until the first sign-in. */
  password_hash: string | null
  created_at: string
  disabled_at: string | null
}

/** A signed-in browser: the SHA-256 of its token, never the token itself. */
export interface CoachSessionsTable {
  token_hash: string
  coach_id: string
  created_at: string
  expires_at: string
  revoked_at: string | null
}

/** A one-time code that lets a coach choose their password (team init, team add). */
export interface SignInCodesTable {
  code_hash: string
  coach_id: string
  created_at: string
  expires_at: string
  used_at: string | null
}

export interface SignInFailuresTable {
  email: string
  address: string
  at: string
}

/** Who may see a client: its owning coach and the coaches it is shared with. */
export interface ClientAccessTable {
  client_id: string
  coach_id: string
  role: 'owner' | 'shared'
}

/** Who changed what, and when (team databases): "changed by Ana at 10:42". */
export interface ChangeLogTable {
  id: string
  at: string
  coach_id: string | null
  coach_name: string
  procedure: string
  client_id: string | null
  block_id: string | null
  block_revision: number | null
}

export interface Database {
  clients: ClientsTable
  blocks: BlocksTable
  block_weeks: BlockWeeksTable
  sessions: SessionsTable
  finding_overrides: FindingOverridesTable
  exercises: ExercisesTable
  client_loads: ClientLoadsTable
  client_maxes: ClientMaxesTable
  app_meta: AppMetaTable
  templates: TemplatesTable
  readiness: ReadinessTable
  stored_analyses: StoredAnalysesTable
  schema_migrations: SchemaMigrationsTable
  coaches: CoachesTable
  coach_sessions: CoachSessionsTable
  sign_in_codes: SignInCodesTable
  sign_in_failures: SignInFailuresTable
  client_access: ClientAccessTable
  change_log: ChangeLogTable
}
