import { sql } from 'kysely'
import type { Migration } from './migration'

const jsonList = (column: string) => sql`json_valid(${sql.ref(column)})`

/**
 * Templates: blocks kept to be fitted to any client. A template is one document (weeks, sessions
 * with their lines, progressions), read and written whole, so it is stored as checked JSON rather
 * than spread over tables nothing else joins. Deleting one marks it (`deleted_at`) so the coach
 * can undo; a name is unique among the templates not deleted.
 */
export const templatesMigration: Migration = {
  version: 3,
  name: 'templates',
  up: ({ schema, type, table }) => [
    table('templates', (t) =>
      t
        .addColumn('id', type.text, (c) => c.primaryKey())
        .addColumn('name', type.nocaseText, (c) =>
          c.notNull().check(sql`length(name) between 1 and 120`),
        )
        .addColumn('description', type.text, (c) => c.notNull().defaultTo(''))
        .addColumn('tags', type.text, (c) => c.notNull().defaultTo('[]').check(jsonList('tags')))
        .addColumn('weeks', type.text, (c) => c.notNull().check(jsonList('weeks')))
        .addColumn('sessions', type.text, (c) => c.notNull().check(jsonList('sessions')))
        .addColumn('progressions', type.text, (c) =>
          c.notNull().defaultTo('[]').check(jsonList('progressions')),
        )
        .addColumn('created_at', type.text, (c) => c.notNull())
        .addColumn('updated_at', type.text, (c) => c.notNull())
        .addColumn('deleted_at', type.text),
    ),
    schema
      .createIndex('templates_name')
      .unique()
      .on('templates')
      .column('name')
      .where(sql<boolean>`deleted_at is null`),
  ],
}
