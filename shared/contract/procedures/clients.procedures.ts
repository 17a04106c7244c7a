import { z } from 'zod'
import {
  ClientCsvRowSchema,
  ClientInputSchema,
  ClientSchema,
  ClientSummarySchema,
} from '../../schemas/client.schema'
import { IdSchema, LIMITS } from '../../schemas/common.schema'
import { procedure } from '../procedure'
import { ById } from '../common-inputs'

/** The roster: clients and their profiles. */
export const clientsProcedures = {
  'clients.list': procedure(
    'The roster, newest edit first; archived clients only when asked for.',
    z
      .strictObject({
        includeArchived: z.boolean().default(false),
        search: z
          .string()
          .max(LIMITS.searchChars, {
            error: `search must be at most ${LIMITS.searchChars} characters`,
          })
          .default(''),
      })
      .default({ includeArchived: false, search: '' }),
    z.array(ClientSummarySchema),
  ),
  'clients.get': procedure('One client with every field.', ById, ClientSchema),
  'clients.create': procedure('Adds a client to the roster.', ClientInputSchema, ClientSchema),
  'clients.update': procedure(
    'Replaces every editable field of a client.',
    ClientInputSchema.extend({ id: IdSchema }),
    ClientSchema,
  ),
  'clients.archive': procedure(
    'Hides a client from the roster without deleting anything.',
    ById,
    ClientSchema,
  ),
  'clients.restore': procedure('Brings an archived client back to the roster.', ById, ClientSchema),
  'clients.importCsv': procedure(
    'Checks a clients CSV row by row (a preview); with commit, imports every row in one transaction, or none if any row is wrong.',
    z.strictObject({
      csv: z.string().max(2_000_000, { error: 'The file is larger than 2 MB' }),
      commit: z.boolean().default(false),
    }),
    z.strictObject({
      problems: z.array(z.string()),
      rows: z.array(ClientCsvRowSchema),
      imported: z.number().int(),
    }),
  ),
} as const
