import { z } from 'zod'
import { IdSchema } from './common.schema'
import { SortOrderSchema, WeekIndexSchema } from './block.schema'
import { SessionFieldsSchema } from './session.schema'

const fields = SessionFieldsSchema.shape

type Clearable = {
  [K in keyof typeof fields]: (typeof fields)[K] extends z.ZodOptional ? K : never
}[keyof typeof fields]

/**
 * Optional session fields an edit may clear by sending null (JSON has no undefined): every field
 * the session schema marks optional, so a new optional field is clearable without a second list.
 */
export const CLEARABLE_FIELDS = Object.entries(fields)
  .filter(([, schema]) => schema instanceof z.ZodOptional)
  .map(([key]) => key as Clearable)

const clearable = Object.fromEntries(
  CLEARABLE_FIELDS.map((key) => [key, fields[key].unwrap().nullable().optional()]),
) as { [K in Clearable]: z.ZodOptional<z.ZodNullable<ReturnType<(typeof fields)[K]['unwrap']>>> }

type Defaulted = {
  [K in keyof typeof fields]: (typeof fields)[K] extends z.ZodDefault ? K : never
}[keyof typeof fields]

// A new session gets defaults for what it leaves out (not locked, flat terrain…). A change must
// not: left in, `{ durationMin: 25 }` would come back from parsing with locked: false,
// attachedTo: null and the rest, and every edit would reset them.
const unchangedWhenAbsent = Object.fromEntries(
  Object.entries(fields)
    .filter(([, schema]) => schema instanceof z.ZodDefault)
    .map(([key, schema]) => [key, (schema as z.ZodDefault<z.ZodType>).unwrap().optional()]),
) as { [K in Defaulted]: z.ZodOptional<ReturnType<(typeof fields)[K]['unwrap']>> }

/**
 * The fields of a session an edit may change, including where it sits in the sheet. A field left
 * out stays as it is.
 */
export const SessionChangesSchema = SessionFieldsSchema.partial().extend({
  ...unchangedWhenAbsent,
  ...clearable,
  weekIndex: WeekIndexSchema.optional(),
  sortOrder: SortOrderSchema.optional(),
})
export type SessionChanges = z.infer<typeof SessionChangesSchema>

/**
 * One change to a block's sessions. A paste, a fill-down or an accepted balance is a list of
 * these sent in one call and written in one transaction; undo sends the inverse list.
 */
export const SessionPatchSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('insert'),
    session: SessionFieldsSchema.extend({
      id: IdSchema,
      weekIndex: WeekIndexSchema,
      sortOrder: SortOrderSchema,
    }),
  }),
  z.strictObject({ op: z.literal('update'), id: IdSchema, changes: SessionChangesSchema }),
  z.strictObject({ op: z.literal('delete'), id: IdSchema }),
])
export type SessionPatch = z.infer<typeof SessionPatchSchema>

export const MAX_PATCHES_PER_CALL = 5000

export const ApplyPatchesInputSchema = z.strictObject({
  blockId: IdSchema,
  /** The revision the editor last saw; a different one means someone else saved in between. */
  revision: z.number().int().min(1),
  patches: z
    .array(SessionPatchSchema)
    .min(1, { error: 'nothing to apply' })
    .max(MAX_PATCHES_PER_CALL, { error: `at most ${MAX_PATCHES_PER_CALL} changes in one step` }),
})
