import {
  ImportPreviewSchema,
  ImportRequestSchema,
  ImportResultSchema,
} from '../../schemas/import.schema'
import { procedure } from '../procedure'

/**
 * Importing files: one path for plan files, training sheets, sessions CSVs, clients CSVs and
 * readiness CSVs, used by the Import… dialog and `blockwise import` alike. Neither parses anything.
 */
export const importsProcedures = {
  'imports.preview': procedure(
    'Reads a file to import without writing anything: its format, the block (every session and line as it will be stored, in the chosen client’s numbers), clients or readiness reports it holds, and every problem by row and column.',
    ImportRequestSchema,
    ImportPreviewSchema,
  ),
  'imports.commit': procedure(
    'Imports a file, all or nothing, in one transaction; refused with every problem the preview lists.',
    ImportRequestSchema,
    ImportResultSchema,
  ),
} as const
