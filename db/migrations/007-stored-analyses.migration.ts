import type { Migration } from './migration'

/**
 * Each block's last analysis, kept under the fingerprint of everything the analysis read (the
 * block's revision, the client's profile, maxes and readiness, the history blocks' revisions,
 * the exercise library, the engine's version): a roster check reads the stored findings of the
 * blocks whose fingerprint still matches and analyses only the others. Derived data, one row a
 * block (replaced, never added to), gone with its block; never part of a dump.
 */
export const storedAnalysesMigration: Migration = {
  version: 7,
  name: 'stored-analyses',
  up: ({ type, table }) => [
    table('stored_analyses', (t) =>
      t
        .addColumn('block_id', type.text, (c) =>
          c.primaryKey().references('blocks.id').onDelete('cascade'),
        )
        .addColumn('fingerprint', type.text, (c) => c.notNull())
        .addColumn('findings', type.text, (c) => c.notNull())
        .addColumn('summary', type.text, (c) => c.notNull()),
    ),
  ],
}
