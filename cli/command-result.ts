/** What a command wants printed and the exit code it ends with; main() does the printing. */
export interface CommandResult {
  exitCode: number
  stdout?: string
  stderr?: string
}

/** What `--format` asks for: the value as JSON (docs/plan-format.md), or the lines `text` writes. */
export const formatted = (format: 'text' | 'json', value: unknown, text: () => string): string =>
  format === 'json' ? JSON.stringify(value, null, 2) : text()
