import { defineCommand } from '../command-spec'
import { databaseOptions, oneDatabase, theDatabase } from './database-option'

const DB = databaseOptions()
const FORMAT = {
  type: 'string',
  value: 'FORMAT',
  choices: ['text', 'json'],
  default: 'text',
  help: 'lines to read, or JSON',
} as const

/** Templates: blocks kept to fit any client (the Templates screen's procedures). */
export const templateCommands = [
  defineCommand({
    name: 'template list',
    summary: 'the templates, with their weeks and tags',
    options: { ...DB, format: FORMAT },
    check: oneDatabase,
    run: async (values) =>
      (await import('../template.command')).templateCommand({
        action: 'list',
        ...values,
        db: theDatabase(values),
        activate: false,
      }),
  }),
  defineCommand({
    name: 'template save',
    summary: 'keep a block (the client’s active one unless --block) as a template',
    options: {
      ...DB,
      client: { type: 'string', value: 'NAME_OR_ID', required: true, help: 'whose block' },
      block: { type: 'string', value: 'ID', help: 'the block to keep (default: the active one)' },
      name: { type: 'string', value: 'NAME', required: true, help: 'the template’s name' },
      format: FORMAT,
    },
    check: oneDatabase,
    run: async (values) =>
      (await import('../template.command')).templateCommand({
        action: 'save',
        ...values,
        db: theDatabase(values),
        activate: false,
      }),
  }),
  defineCommand({
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
    check: oneDatabase,
    run: async (values) =>
      (await import('../template.command')).templateCommand({
        action: 'apply',
        ...values,
        db: theDatabase(values),
      }),
  }),
]
