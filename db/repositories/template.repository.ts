import type { Kysely } from 'kysely'
import { z } from 'zod'
import { BlockSessionSchema, WeekSettingsSchema } from '../../shared/schemas/block.schema'
import { DomainError } from '../../shared/contract/result'
import { ProgressionSchema, TemplateSchema } from '../../shared/schemas/template.schema'
import type { Template, TemplateSummary } from '../../shared/schemas/template.schema'
import type { Database, TemplatesTable } from '../schema'
import { findRow } from './rows-by-key'

// The JSON columns are checked on the way out as on the way in: a template edited by hand in the
// database, or written by a later version, fails loudly here rather than deep in the engine.
const TagsColumn = z.array(z.string())
const WeeksColumn = z.array(WeekSettingsSchema)
const SessionsColumn = z.array(BlockSessionSchema)
const ProgressionsColumn = z.array(ProgressionSchema)

const json = <T>(schema: z.ZodType<T>, text: string): T => schema.parse(JSON.parse(text))

export function templateFromRow(row: TemplatesTable): Template {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tags: json(TagsColumn, row.tags),
    weeks: json(WeeksColumn, row.weeks),
    sessions: json(SessionsColumn, row.sessions),
    progressions: json(ProgressionsColumn, row.progressions),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/**
 * A stored template as the app uses it, or why it cannot be: a row with a column the app would
 * never write (JSON of another shape, no weeks) is reported, never half used.
 */
function readTemplateRow(row: TemplatesTable): { template: Template } | { problem: string } {
  try {
    const parsed = TemplateSchema.safeParse(templateFromRow(row))
    if (parsed.success) return { template: parsed.data }
    const issue = parsed.error.issues[0]!
    return { problem: `${issue.path.join('.') || 'value'}: ${issue.message}` }
  } catch (error) {
    return { problem: (error as Error).message.split('\n', 1)[0]! }
  }
}

/** The message for a template whose stored row is damaged. */
const damaged = (row: TemplatesTable, problem: string) =>
  `The template “${row.name}” (${row.id}) is damaged in the database (${problem}); restore it from a backup or delete it.`

/**
 * Templates not deleted, by name, each with its count of sessions and lines instead of them. A
 * damaged row is left out (and named on the console), so it never hides the others.
 */
export async function listTemplates(db: Kysely<Database>): Promise<TemplateSummary[]> {
  const rows = await db
    .selectFrom('templates')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute()
  return rows.flatMap((row) => {
    const read = readTemplateRow(row)
    if ('problem' in read) {
      console.warn(damaged(row, read.problem))
      return []
    }
    const { sessions, ...template } = read.template
    return [
      {
        ...template,
        sessionCount: sessions.length,
        lineCount: sessions.reduce((n, s) => n + (s.exercises?.length ?? 0), 0),
      },
    ]
  })
}

/** One stored template, checked: a damaged one is a plain refusal naming it, not a crash. */
function checkedTemplate(row: TemplatesTable | undefined): Template | undefined {
  if (!row) return undefined
  const read = readTemplateRow(row)
  if ('problem' in read) throw new DomainError('invalid_input', damaged(row, read.problem))
  return read.template
}

export async function findTemplate(
  db: Kysely<Database>,
  id: string,
): Promise<Template | undefined> {
  return checkedTemplate(await findRow(db, 'templates', { id, deleted_at: null }))
}

/** A template not deleted whose name is `name`, ignoring case. */
export async function findTemplateByName(
  db: Kysely<Database>,
  name: string,
): Promise<Template | undefined> {
  return checkedTemplate(await findRow(db, 'templates', { name, deleted_at: null }))
}

export async function insertTemplate(db: Kysely<Database>, t: Template): Promise<void> {
  await db
    .insertInto('templates')
    .values({
      id: t.id,
      name: t.name,
      description: t.description,
      tags: JSON.stringify(t.tags),
      weeks: JSON.stringify(t.weeks),
      sessions: JSON.stringify(t.sessions),
      progressions: JSON.stringify(t.progressions),
      created_at: t.createdAt,
      updated_at: t.updatedAt,
      deleted_at: null,
    })
    .execute()
}

export async function updateTemplate(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Pick<Template, 'name' | 'description' | 'tags' | 'progressions'>>,
  now: string,
): Promise<void> {
  await db
    .updateTable('templates')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.tags !== undefined ? { tags: JSON.stringify(changes.tags) } : {}),
      ...(changes.progressions !== undefined
        ? { progressions: JSON.stringify(changes.progressions) }
        : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
}

/** Marks a template deleted (or not): undo brings it back as it was. */
export async function setTemplateDeleted(
  db: Kysely<Database>,
  id: string,
  deletedAt: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('templates')
    .set({ deleted_at: deletedAt })
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

/** A template's name is taken by another template not deleted. */
export async function templateNameTaken(
  db: Kysely<Database>,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const other = await findTemplateByName(db, name)
  return other !== undefined && other.id !== exceptId
}
