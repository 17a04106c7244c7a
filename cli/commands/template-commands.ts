import type { TemplateOptions } from '../template.command'
import { databaseCommand, databaseOptions, theDatabase } from './database-option'
import { formatOption } from './format-option'

const DB = databaseOptions()
const FORMAT = formatOption()

/** What every template command is given: its database, and the options of its action. */
type TemplateValues = Omit<TemplateOptions, 'action' | 'db' | 'activate'> & {
  db?: string | undefined
  pg?: string | undefined
  activate?: boolean
}

/** The handler of `blockwise template ACTION`; only apply has --activate (a draft otherwise). */
const runTemplate = (action: TemplateOptions['action']) => async (values: TemplateValues) =>
  (await import('../template.command')).templateCommand({
    activate: false,
    ...values,
    action,
    db: theDatabase(values),
  })

/** Templates: blocks kept to fit any client (the Templates screen's procedures). */
export const templateCommands = [
  databaseCommand({
    name: 'template list',
    summary: 'the templates, with their weeks and tags',
    options: { ...DB, format: FORMAT },
    run: runTemplate('list'),
  }),
  databaseCommand({
    name: 'template save',
    summary: 'keep a block (the client’s active one unless --block) as a template',
    options: {
      ...DB,
      client: { type: 'string', value: 'NAME_OR_ID', required: true, help: 'whose block' },
      block: { type: 'string', value: 'ID', help: 'the block to keep (default: the active one)' },
      name: { type: 'string', value: 'NAME', required: true, help: 'the template’s name' },
      format: FORMAT,
    },
    run: runTemplate('save'),
  }),
  databaseCommand({
    name: 'template apply',
    summary: 'fit a template to a client as a new block, loads from their maxes',
    options: {
      ...DB,
      template: { type: 'string', value: 'NAME_OR_ID', required: true, help: 'the template' },
      client: { type: 'string', value: 'NAME_OR_ID', required: true, help: 'the client' },
      start: {
        type: 'string',
        value: 'YYYY-MM-DD',
        required: true,
        help: 'the block’s first Monday',
      },
      activate: { type: 'boolean', help: 'make it the active block (a draft otherwise)' },
      format: FORMAT,
    },
    run: runTemplate('apply'),
  }),
]
