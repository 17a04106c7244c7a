/**
 * `--format text|json`: what a person reads, or JSON for a program. Every command that prints a
 * result takes it; `help` says what the text is for that command.
 */
export const formatOption = (help = 'lines to read, or JSON') =>
  ({ type: 'string', value: 'FORMAT', choices: ['text', 'json'], default: 'text', help }) as const
