import { parseArgs } from 'node:util'
import type { CommandResult } from './command-result'
import { demoCommand } from './demo.command'

const USAGE = `Usage: blockwise <command> [options]

Commands:
  demo --db FILE     write the demo roster (a dozen clients with active blocks) to FILE

Exit codes: 0 done, 2 bad input.`

async function run(argv: string[]): Promise<CommandResult> {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { exitCode: command === undefined ? 2 : 0, stdout: USAGE }
  }
  if (command === 'demo') {
    const { values } = parseArgs({ args: rest, options: { db: { type: 'string' } } })
    if (!values.db) return { exitCode: 2, stderr: `blockwise demo needs --db FILE\n\n${USAGE}` }
    return demoCommand(values.db)
  }
  return { exitCode: 2, stderr: `Unknown command ${JSON.stringify(command)}.\n\n${USAGE}` }
}

run(process.argv.slice(2))
  .catch((error: unknown): CommandResult => ({
    exitCode: 2,
    stderr: error instanceof Error ? error.message : String(error),
  }))
  .then((result) => {
    if (result.stdout) process.stdout.write(`${result.stdout}\n`)
    if (result.stderr) process.stderr.write(`${result.stderr}\n`)
    process.exitCode = result.exitCode
  })
  .catch(() => (process.exitCode = 2))
