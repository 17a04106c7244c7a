import type { CommandResult } from './command-result'

/** One `--option` of a command: what it takes, and the line its help prints. */
export type OptionSpec =
  | {
      type: 'string'
      /** The value's name in usage lines: `--db FILE`. */
      value: string
      help: string
      required?: boolean
      /** The only values it takes; the usage line lists them (`--format text|json`). */
      choices?: readonly string[]
      default?: string
      multiple?: false
      /** Given instead of that option (one of the two is needed): `(--db FILE | --pg URL)`. */
      insteadOf?: string
    }
  | { type: 'string'; value: string; help: string; multiple: true; required?: false }
  | { type: 'boolean'; help: string; required?: false }

export type Options = Record<string, OptionSpec>

/** What the handler of a command is given for one option. */
type ValueOf<S extends OptionSpec> = S extends { type: 'boolean' }
  ? boolean
  : S extends { multiple: true }
    ? string[]
    : S extends { choices: readonly (infer C)[] }
      ? S extends { required: true } | { default: string }
        ? C
        : C | undefined
      : S extends { required: true } | { default: string }
        ? string
        : string | undefined

export type Values<O extends Options> = { -readonly [K in keyof O]: ValueOf<O[K]> }

/** A positional argument, in order: `PLAN.json`. */
export interface PositionalSpec {
  name: string
  help: string
  required: boolean
}

export interface CommandSpec<O extends Options = Options> {
  /** What is typed after `blockwise`: `backup`, or two words such as `template list`. */
  name: string
  /** One line for the command list. */
  summary: string
  options: O
  positionals?: readonly PositionalSpec[]
  /** Usage lines written by hand where the options alone do not tell (two forms of a command). */
  forms?: readonly string[]
  /** A problem with a combination of options the table cannot state, or null. */
  check?: (values: Values<O>, positionals: string[]) => string | null
  run: (values: Values<O>, positionals: string[]) => Promise<CommandResult> | CommandResult
}

/** A command of the table, its options typed from their declaration. */
export const defineCommand = <const O extends Options>(spec: CommandSpec<O>): CommandSpec =>
  spec as unknown as CommandSpec

/** "a", "a or b", "a, b or c". */
export const alternatives = (words: readonly string[], joiner = 'or') =>
  words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} ${joiner} ${words.at(-1)!}`

const optionWords = (name: string, spec: OptionSpec) =>
  spec.type === 'boolean'
    ? `--${name}`
    : `--${name} ${spec.type === 'string' && 'choices' in spec && spec.choices ? spec.choices.join('|') : spec.value}`

/** `blockwise backup --db FILE --out FILE [--force]`, from the table (or the command's forms). */
export function usageLines(command: CommandSpec): string[] {
  if (command.forms) return command.forms.map((form) => `blockwise ${command.name} ${form}`)
  const entries = Object.entries(command.options)
  const insteadOf = (name: string) =>
    entries.find(([, spec]) => spec.type === 'string' && !spec.multiple && spec.insteadOf === name)
  const words = [
    ...(command.positionals ?? []).map((p) => (p.required ? p.name : `[${p.name}]`)),
    ...entries.flatMap(([name, spec]) => {
      const words = optionWords(name, spec)
      if (spec.type === 'string' && spec.multiple) return [`[${words}]...`]
      if (spec.type === 'string' && spec.insteadOf) return []
      const other = insteadOf(name)
      if (other) return [`(${words} | ${optionWords(...other)})`]
      return [spec.required ? words : `[${words}]`]
    }),
  ]
  return [`blockwise ${command.name} ${words.join(' ')}`]
}

/** `blockwise <command> --help`: its usage, what it does, and every option and argument. */
export function commandHelp(command: CommandSpec): string {
  const rows: [string, string][] = [
    ...(command.positionals ?? []).map((p): [string, string] => [p.name, p.help]),
    ...Object.entries(command.options).map(([name, spec]): [string, string] => [
      optionWords(name, spec),
      spec.help,
    ]),
    ['--help', 'print this help'],
  ]
  const width = Math.max(...rows.map(([words]) => words.length)) + 2
  return [
    `Usage: ${usageLines(command).join('\n       ')}`,
    '',
    `${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`,
    '',
    ...rows.map(([words, help]) => `  ${words.padEnd(width)}${help}`),
  ].join('\n')
}

/** `blockwise --help`: every command in one line each, then how to read more. */
export function overallHelp(commands: readonly CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2
  return [
    'Usage: blockwise <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run blockwise <command> --help for its options.',
    'Exit codes: 0 clean, 1 findings at warn or above (remaining, for balance), 2 bad input.',
  ].join('\n')
}

/** Exit 2 with what is wrong, then the command's usage. */
export const badUsage = (command: CommandSpec, problem: string): CommandResult => ({
  exitCode: 2,
  stderr: `${problem}\n\nUsage: ${usageLines(command).join('\n       ')}\nRun blockwise ${command.name} --help for more.`,
})
