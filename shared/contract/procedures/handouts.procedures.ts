import { z } from 'zod'
import { MAX_BLOCK_WEEKS } from '../../schemas/block.schema'
import { IdSchema } from '../../schemas/common.schema'
import { procedure } from '../procedure'
import { NoInput } from '../common-inputs'

/** Handouts: PDFs, calendars and CSVs for clients. */
export const handoutsProcedures = {
  'handouts.export': procedure(
    'Writes one client’s handout (PDF, calendar, CSV) for a block or some of its weeks into a folder; a file already there is written over only with replace.',
    z
      .strictObject({
        clientId: IdSchema,
        blockId: IdSchema.optional(),
        weeks: z
          .strictObject({
            from: z.number().int().min(1).max(MAX_BLOCK_WEEKS),
            to: z.number().int().min(1).max(MAX_BLOCK_WEEKS),
          })
          .refine((w) => w.from <= w.to, { error: 'the first week comes before the last' })
          .optional(),
        pdf: z.boolean().default(true),
        ics: z.boolean().default(false),
        csv: z.boolean().default(false),
        paper: z.enum(['A4', 'LETTER']).default('A4'),
        folder: z
          .string()
          .trim()
          .min(1, { error: 'Choose a folder' })
          .max(1000, { error: 'The folder path is too long' }),
        /** Write over handout files of the same name already in the folder. */
        replace: z.boolean().default(false),
      })
      .refine((r) => r.pdf || r.ics || r.csv, {
        error: 'Choose at least one of PDF, calendar or CSV',
        path: ['pdf'],
      }),
    z.strictObject({
      clientName: z.string(),
      files: z.array(z.string()),
      /** In the browser host, where each file can be downloaded (same order as files). */
      downloads: z.array(z.string()),
    }),
  ),
  'handouts.bundle': procedure(
    'In the browser host: one download (a zip) of files handouts.export offered for download.',
    z.strictObject({
      downloads: z
        .array(z.string().max(400))
        .min(1, { error: 'Name at least one download' })
        .max(3000, { error: 'At most 3,000 files go in one zip' }),
    }),
    z.strictObject({ download: z.string() }),
  ),
  'handouts.chooseFolder': procedure(
    'Asks the coach for a handouts folder in a native dialog (desktop app): its handle and path, or null when cancelled or where folders are typed.',
    NoInput,
    z.strictObject({
      chosen: z.strictObject({ folder: z.string(), label: z.string() }).nullable(),
    }),
  ),
  'handouts.openCriticals': procedure(
    'How many critical findings, not overridden, are open in the block a handout would be made from (the client’s active block unless one is named): the app and the CLI ask before handing such a block out.',
    z.strictObject({ clientId: IdSchema, blockId: IdSchema.optional() }),
    z.strictObject({
      clientName: z.string(),
      blockName: z.string(),
      critical: z.number().int().min(0),
    }),
  ),
} as const
