import { z } from 'zod'
import { BlockSchema } from '../../schemas/block.schema'
import { IdSchema } from '../../schemas/common.schema'
import {
  ApplyTemplateInputSchema,
  PreviewTemplateInputSchema,
  SaveTemplateInputSchema,
  TemplateNameSchema,
  TemplatePreviewSchema,
  TemplateSchema,
  TemplateSummarySchema,
  UpdateTemplateInputSchema,
} from '../../schemas/template.schema'
import { procedure } from '../procedure'
import { ById, NoInput } from '../common-inputs'

/** Templates: blocks kept to fit any client. */
export const templatesProcedures = {
  'templates.list': procedure(
    'The templates, by name, each with its weeks, tags and how many sessions and lines it has.',
    NoInput,
    z.array(TemplateSummarySchema),
  ),
  'templates.get': procedure('One template with its sessions and lines.', ById, TemplateSchema),
  'templates.save': procedure(
    'Saves a block, or some of its weeks, as a template; prescriptions stay relative: a typed load on a lift the client has a max for is kept as the %1RM it is of that max, and each such conversion is listed.',
    SaveTemplateInputSchema,
    TemplateSchema.extend({ conversions: z.array(z.string()) }),
  ),
  'templates.update': procedure(
    'Renames a template, or changes its description, tags or progressions.',
    UpdateTemplateInputSchema,
    TemplateSchema,
  ),
  'templates.duplicate': procedure(
    'Copies a template under a new name.',
    z.strictObject({ id: IdSchema, name: TemplateNameSchema }),
    TemplateSchema,
  ),
  'templates.remove': procedure(
    'Deletes a template; templates.restore undoes it.',
    ById,
    z.strictObject({ removed: z.boolean() }),
  ),
  'templates.restore': procedure('Brings a deleted template back.', ById, TemplateSchema),
  'templates.preview': procedure(
    'A template fitted to a client (their maxes, the start Monday, the weeks chosen) and the engine’s findings for that client, without writing anything. Without a client: a typical intermediate hybrid athlete.',
    PreviewTemplateInputSchema,
    TemplatePreviewSchema,
  ),
  'templates.apply': procedure(
    'A template fitted to a client as a new block (a draft unless activate), loads from their maxes.',
    ApplyTemplateInputSchema,
    BlockSchema,
  ),
} as const
