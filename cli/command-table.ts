import type { CommandSpec } from './command-spec'
import { clientCommands } from './commands/client-commands'
import { dataCommands } from './commands/data-commands'
import { planCommands } from './commands/plan-commands'
import { templateCommands } from './commands/template-commands'
import { teamCommands } from './commands/team-commands'

/**
 * Every command of `blockwise`, in the order `blockwise --help` lists them. A command is one
 * entry (defineCommand: name, options, usage, handler); its usage and help are written from it.
 * Handlers import their module when they run, so `analyze` never loads SQLite or the PDF writer.
 */
export const COMMANDS: readonly CommandSpec[] = [
  ...planCommands,
  ...clientCommands,
  ...templateCommands,
  ...dataCommands,
  ...teamCommands,
]
