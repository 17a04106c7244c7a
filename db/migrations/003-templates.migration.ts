import type { Migration } from './migration'

/**
 * Templates: blocks kept to be fitted to any client. A template is one document (weeks, sessions
 * with their lines, progressions), read and written whole, so it is stored as checked JSON rather
 * than spread over tables nothing else joins. Deleting one marks it (`deleted_at`) so the coach
 * can undo; a name is unique among the templates not deleted.
 */
export const templatesMigration: Migration = {
  version: 3,
  name: 'templates',
  up(db) {
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
    `)
  },
}
