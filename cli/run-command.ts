import { parseArgs } from 'node:util'
import type { CommandResult } from './command-result'
import type { CommandSpec } from './command-spec'
import { alternatives, badUsage, commandHelp, overallHelp } from './command-spec'

const HELP = new Set(['--help', '-h'])

/** The command `argv` names (one word, or two such as `template list`) and the arguments after it. */
function findCommand(
  table: readonly CommandSpec[],
  argv: string[],
): { command: CommandSpec; args: string[] } | { problem: string; family: CommandSpec[] } {
  const [first = '', second = ''] = argv
  const two = table.find((c) => c.name === `${first} ${second}`)
  if (two) return { command: two, args: argv.slice(2) }
  const one = table.find((c) => c.name === first)
  if (one) return { command: one, args: argv.slice(1) }
  const family = table.filter((c) => c.name.startsWith(`${first} `))
  if (family.length > 0) {
    const actions = family.map((c) => c.name.split(' ')[1]!)
    return { problem: `blockwise ${first} needs ${alternatives(actions)}`, family }
  }
  return { problem: `Unknown command ${JSON.stringify(first)}.`, family: [...table] }
}

/** The options' values as the table declares them, or what is wrong with them. */
function readArguments(
  command: CommandSpec,
  args: string[],
): { values: Record<string, unknown>; positionals: string[] } | { problem: string } {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: Object.fromEntries(
        Object.entries(command.options).map(([name, spec]) => [
          name,
          {
            type: spec.type,
            ...(spec.type === 'string' && spec.multiple ? { multiple: true } : {}),
          },
        ]),
      ),
    })
  } catch (error) {
    // parseArgs says what it did not understand ("Unknown option '--frce'"); its advice on
    // positionals that start with a dash is not what the coach needs.
    return { problem: (error as Error).message.replace(/\. To specify a positional.*$/s, '.') }
  }
  const values: Record<string, unknown> = { ...parsed.values }
  const missing: string[] = []
  for (const [name, spec] of Object.entries(command.options)) {
    const given = values[name]
    // `--rpe=` is a value forgotten, not zero or nothing.
    const texts = Array.isArray(given) ? given : [given]
    if (texts.some((t) => typeof t === 'string' && t.trim() === '')) {
      return { problem: `--${name} needs a value` }
    }
    if (spec.type === 'boolean') values[name] = given ?? false
    else if (spec.multiple) values[name] = given ?? []
    else if (given === undefined && spec.default !== undefined) values[name] = spec.default
    else if (given === undefined && spec.required) missing.push(`--${name} ${spec.value}`)
    const chosen = values[name]
    if (spec.type === 'string' && !spec.multiple && spec.choices && chosen !== undefined) {
      if (!spec.choices.includes(chosen as string)) {
        return {
          problem: `--${name} must be ${alternatives(spec.choices)}, got ${JSON.stringify(chosen)}`,
        }
      }
    }
  }
  const expected = command.positionals ?? []
  const positionals = parsed.positionals
  missing.push(...expected.slice(positionals.length).flatMap((p) => (p.required ? [p.name] : [])))
  if (missing.length > 0) {
    return { problem: `blockwise ${command.name} needs ${alternatives(missing, 'and')}` }
  }
  if (positionals.length > expected.length) {
    const extra = positionals.slice(expected.length).map((p) => JSON.stringify(p))
    return { problem: `blockwise ${command.name} does not take ${alternatives(extra, 'and')}` }
  }
  return { values, positionals }
}

/**
 * Runs what `argv` asks of the command table: the overall help, a command's `--help`, or the
 * command itself once its arguments are what the table declares (exit 2 with the usage if not).
 */
export async function runCommandLine(
  table: readonly CommandSpec[],
  argv: string[],
): Promise<CommandResult> {
  const [first] = argv
  if (first === undefined) return { exitCode: 2, stderr: overallHelp(table) }
  if (first === 'help' || HELP.has(first)) {
    const topic = argv.length > 1 ? findCommand(table, argv.slice(1)) : null
    const stdout = topic && 'command' in topic ? commandHelp(topic.command) : overallHelp(table)
    return { exitCode: 0, stdout }
  }
  const found = findCommand(table, argv)
  if ('problem' in found) {
    // `blockwise template --help` lists the template commands; a wrong action, the same.
    const list = overallHelp(found.family)
    const asked = found.family.length < table.length && argv.slice(1).some((a) => HELP.has(a))
    return asked
      ? { exitCode: 0, stdout: list }
      : { exitCode: 2, stderr: `${found.problem}\n\n${list}` }
  }
  const { command, args } = found
  if (args.some((a) => HELP.has(a))) return { exitCode: 0, stdout: commandHelp(command) }
  const read = readArguments(command, args)
  if ('problem' in read) return badUsage(command, read.problem)
  // A value the command cannot use is named alone: the usage would bury it.
  const problem = command.check?.(read.values as never, read.positionals) ?? null
  if (problem) return { exitCode: 2, stderr: problem }
  return command.run(read.values as never, read.positionals)
}
