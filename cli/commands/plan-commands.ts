import { defineCommand } from '../command-spec'
import { databaseOptions, oneDatabase, theDatabase } from './database-option'
import { formatOption } from './format-option'

const FORMAT = formatOption('a report to read, or JSON (docs/plan-format.md)')

/** Commands on plan files and a client's block: analysis and the balancer. */
export const planCommands = [
  defineCommand({
    name: 'analyze',
    summary: 'check a week or block plan, or a client’s active block, against every rule',
    forms: [
      'PLAN.json [--format text|json]',
      '(--db FILE | --pg URL) --client NAME_OR_ID [--format text|json]',
    ],
    positionals: [
      { name: 'PLAN.json', help: 'a blockwise-week@1 or blockwise-block@1 file', required: false },
    ],
    options: {
      ...databaseOptions('the database file, for a client’s active block with their history'),
      client: {
        type: 'string',
        value: 'NAME_OR_ID',
        help: 'the client whose active block to check',
      },
      format: FORMAT,
    },
    check: (values, positionals) => {
      if (values.db !== undefined || values.pg !== undefined || values.client !== undefined) {
        if (!values.client || positionals.length > 0)
          return 'blockwise analyze --db FILE (or --pg URL) needs --client NAME_OR_ID (and no PLAN.json)'
        return oneDatabase(values)
      }
      return positionals.length === 1 ? null : 'blockwise analyze needs one PLAN.json'
    },
    run: async (values, [file]) => {
      const command = await import('../analyze.command')
      return values.client
        ? command.analyzeClientCommand({
            db: theDatabase(values),
            client: values.client,
            format: values.format,
          })
        : command.analyzeCommand(file!, values.format)
    },
  }),
  defineCommand({
    name: 'balance',
    summary: 'propose a better arrangement of a plan (never writes the file)',
    positionals: [
      { name: 'PLAN.json', help: 'a blockwise-week@1 or blockwise-block@1 file', required: true },
    ],
    options: { format: FORMAT },
    run: async (values, [file]) =>
      (await import('../balance.command')).balanceCommand(file!, values.format),
  }),
]
