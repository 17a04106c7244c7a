import { BackupError } from '../db/backup-error'
import { FileSystemError } from '../db/files/file-errors'
import { COMMANDS } from './command-table'
import type { CommandResult } from './command-result'
import { runCommandLine } from './run-command'

/** An error worded for the coach (naming the file): printed as it is. */
const saysWhatIsWrong = (error: unknown): error is Error =>
  error instanceof BackupError || error instanceof FileSystemError

async function main(argv: string[]): Promise<CommandResult> {
  try {
    return await runCommandLine(COMMANDS, argv)
  } catch (error) {
    if (saysWhatIsWrong(error)) return { exitCode: 2, stderr: error.message }
    return (await import('./internal-error')).internalError(error, argv)
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

void main(process.argv.slice(2))
  .then((result) => {
    if (result.stdout) process.stdout.write(`${result.stdout}\n`)
    if (result.stderr) process.stderr.write(`${result.stderr}\n`)
    process.exitCode = result.exitCode
  })
  .catch(() => (process.exitCode = 2))
