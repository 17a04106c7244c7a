import { z } from 'zod'
import { procedure } from '../procedure'
import { NoInput } from '../common-inputs'
import { HOST_KINDS } from '../host-kinds'

/** The app itself: where the data lives and who serves it. */
export const appProcedures = {
  'app.info': procedure(
    'Where the data lives, which host serves it, and the schema version.',
    NoInput,
    z.strictObject({
      version: z.string(),
      host: z.enum(HOST_KINDS),
      dataFile: z.string(),
      /** Where handouts go unless the coach picks another folder: beside the database. */
      handoutsFolder: z.string(),
      /** The folder in words (the desktop app sends handouts.export a handle, not the path). */
      handoutsFolderLabel: z.string(),
      /** typed: the coach types a folder; dialog: it is chosen with handouts.chooseFolder. */
      folderChoice: z.enum(['typed', 'dialog']),
      schemaVersion: z.number().int(),
    }),
  ),
} as const
