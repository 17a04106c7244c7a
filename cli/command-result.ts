/** What a command wants printed and the exit code it ends with; main() does the printing. */
export interface CommandResult {
  exitCode: number
  stdout?: string
  stderr?: string
}
