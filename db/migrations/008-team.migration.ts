import { sql } from 'kysely'
import type { Migration } from './migration'

const NOTIFY_FUNCTION = sql`create function blockwise_announce_change() returns trigger
  language plpgsql as $$
  begin
    perform pg_notify('blockwise_changes', json_build_object(
      'at', new.at, 'coachId', new.coach_id, 'coachName', new.coach_name,
      'procedure', new.procedure, 'clientId', new.client_id, 'blockId', new.block_id,
      'revision', new.block_revision)::text);
    return new;
  end
  $$`
const NOTIFY_TRIGGER = sql`create trigger change_log_announce after insert on change_log
  for each row execute function blockwise_announce_change()`

/**
 * A coaching team on one database (PostgreSQL, `blockwise serve`): coaches with their role and
 * password hash, their signed-in sessions and one-time sign-in codes (stored as hashes, so a copy
 * of the database signs no one in), failed sign-ins (the rate limit is shared by every server
 * process), who owns each client and who it is shared with, and who changed what. A SQLite file
 * gets the same tables, empty: one coach needs none of them. None of them is part of a roster
 * dump, so a file and the team database it moved into dump alike.
 */
export const teamMigration: Migration = {
  version: 8,
  name: 'team',
  up: ({ dialect, schema, type, table }) => [
    table('coaches', (t) =>
      t
        .addColumn('id', type.text, (c) => c.primaryKey())
        .addColumn('email', type.nocaseText, (c) =>
          c
            .notNull()
            .unique()
            .check(sql`length(email) between 3 and 254`),
        )
        .addColumn('name', type.text, (c) => c.notNull().check(sql`length(name) between 1 and 120`))
        .addColumn('role', type.text, (c) => c.notNull().check(sql`role in ('head', 'coach')`))
        .addColumn('password_hash', type.text)
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addColumn('disabled_at', type.text),
    ),

    table('coach_sessions', (t) =>
      t
        .addColumn('token_hash', type.text, (c) => c.primaryKey())
        .addColumn('coach_id', type.text, (c) =>
          c.notNull().references('coaches.id').onDelete('cascade'),
        )
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addColumn('expires_at', type.text, (c) => c.notNull())
        .addColumn('revoked_at', type.text),
    ),
    schema.createIndex('coach_sessions_by_coach').on('coach_sessions').column('coach_id'),

    table('sign_in_codes', (t) =>
      t
        .addColumn('code_hash', type.text, (c) => c.primaryKey())
        .addColumn('coach_id', type.text, (c) =>
          c.notNull().references('coaches.id').onDelete('cascade'),
        )
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addColumn('expires_at', type.text, (c) => c.notNull())
        .addColumn('used_at', type.text),
    ),

    table('sign_in_failures', (t) =>
      t
        .addColumn('email', type.nocaseText, (c) => c.notNull())
        .addColumn('address', type.text, (c) => c.notNull())
        .addColumn('at', type.text, (c) => c.notNull()),
    ),
    schema.createIndex('sign_in_failures_by_email').on('sign_in_failures').columns(['email', 'at']),
    schema
      .createIndex('sign_in_failures_by_address')
      .on('sign_in_failures')
      .columns(['address', 'at']),

    table('client_access', (t) =>
      t
        .addColumn('client_id', type.text, (c) =>
          c.notNull().references('clients.id').onDelete('cascade'),
        )
        .addColumn('coach_id', type.text, (c) =>
          c.notNull().references('coaches.id').onDelete('cascade'),
        )
        .addColumn('role', type.text, (c) => c.notNull().check(sql`role in ('owner', 'shared')`))
        .addPrimaryKeyConstraint('client_access_pkey', ['client_id', 'coach_id']),
    ),
    schema.createIndex('client_access_by_coach').on('client_access').column('coach_id'),
    // A client has one owning coach at most (none in a desktop file).
    schema
      .createIndex('client_access_one_owner')
      .unique()
      .on('client_access')
      .column('client_id')
      .where(sql<boolean>`role = 'owner'`),

    table('change_log', (t) =>
      t
        .addColumn('id', type.text, (c) => c.primaryKey())
        .addColumn('at', type.text, (c) => c.notNull())
        .addColumn('coach_id', type.text, (c) => c.references('coaches.id').onDelete('set null'))
        .addColumn('coach_name', type.text, (c) => c.notNull())
        .addColumn('procedure', type.text, (c) => c.notNull())
        .addColumn('client_id', type.text)
        .addColumn('block_id', type.text)
        .addColumn('block_revision', type.integer),
    ),
    schema.createIndex('change_log_by_block').on('change_log').columns(['block_id', 'at']),
    // Every change is announced to the team's servers when its transaction commits (and never
    // when it rolls back), which push it to the coaches' pages: LISTEN/NOTIFY, PostgreSQL only.
    ...(dialect === 'postgres' ? [NOTIFY_FUNCTION, NOTIFY_TRIGGER] : []),
  ],
}
