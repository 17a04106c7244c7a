import { sql } from 'kysely'
import type { Migration } from './migration'

/**
 * A session's own name ("Legs heavy", "Push", "Track 6 × 800"), as a coach's training sheet
 * writes it; optional, single-line, at most 200 characters (shared/schemas/session.schema.ts).
 */
export const sessionTitleMigration: Migration = {
  version: 6,
  name: 'session-title',
  up: ({ schema, type }) => [
    schema
      .alterTable('sessions')
      .addColumn('title', type.text, (c) =>
        c.check(sql`title is null or length(title) between 1 and 200`),
      ),
  ],
}
