import type { Migration } from './migration'

/**
 * A session's own name ("Legs heavy", "Push", "Track 6 × 800"), as a coach's training sheet
 * writes it; optional, single-line, at most 200 characters (shared/schemas/session.schema.ts).
 * Plain SQL that SQLite and PostgreSQL both accept.
 */
export const sessionTitleMigration: Migration = {
  version: 6,
  name: 'session-title',
  up(db) {
    db.exec(`
      ALTER TABLE sessions ADD COLUMN title TEXT
        CHECK (title IS NULL OR length(title) BETWEEN 1 AND 200);
    `)
  },
}
