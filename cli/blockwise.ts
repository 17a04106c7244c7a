import { parseArgs } from 'node:util'
import type { CommandResult } from './command-result'

// Each command is imported when it runs, so `analyze` never loads SQLite or the PDF writer: a
// script that checks a hundred plan files pays for the engine alone (the bundle keeps these
// imports as separate chunks).

const USAGE = `Usage: blockwise <command> [options]

Commands:
  analyze PLAN.json [--format text|json]   check a week or block plan against every rule
  analyze --db FILE --client NAME_OR_ID [--format text|json]
                                            a client's active block, with their history from the database
  log --db FILE --client NAME_OR_ID --date YYYY-MM-DD --session ID (--done [--rpe N] [--minutes N] | --skipped)
                                            record that a session was done (actual RPE, minutes) or skipped
  balance PLAN.json [--format text|json]   propose a better arrangement (never writes the file)
  demo --db FILE                            write the demo roster (a dozen clients) to FILE
  import --db FILE PLAN.json --client NAME_OR_ID [--name BLOCK] [--start YYYY-MM-DD] [--active]
                                            a plan file as a new block (a new client if none has the name)
  import --db FILE clients.csv              clients from a CSV, all or none; a sessions CSV that
                                            Blockwise exported becomes a block for --client
  backup --db FILE --out FILE               copy the database safely, even while the app runs
  restore --from BACKUP --db NEWFILE        check a backup and restore it into a new file
  dump --db FILE --out FILE.json            the whole database as JSON
  load --from FILE.json --db NEWFILE        a JSON export back into a new database file
  roster --db FILE [--format text|json]     check every client's active block at once
  maxes --db FILE --client NAME_OR_ID [--set "LIFT=LOAD"]... [--format text|json]
                                            list a client's maxes in their unit; --set records a
                                            tested 1RM ("Back squat=140", "=315lb") or a set to
                                            estimate it ("=100x5"), all or none; "threshold=4:33"
                                            (or /mi) and "10k=45:00" set the threshold pace
  template list --db FILE [--format text|json]
                                            the templates, with their weeks and tags
  template save --db FILE --client NAME_OR_ID [--block ID] --name NAME
                                            a block (the client's active one unless --block)
                                            kept as a template, prescriptions as written
  template apply --db FILE --template NAME_OR_ID --client NAME_OR_ID --start YYYY-MM-DD [--activate]
                                            a template fitted to a client as a new block:
                                            loads from their maxes, a draft unless --activate
  export --db FILE (--client NAME_OR_ID | --all) --out DIR [--pdf] [--ics] [--csv]
         [--weeks 1-4] [--paper a4|letter] [--strict]
                                            write client handouts (PDF by default); warns when
                                            a block has open critical findings, --strict refuses

Exit codes: 0 clean, 1 findings at warn or above (remaining, for balance), 2 bad input.`

/** Exit 2 with what is missing, then the usage. */
const badUsage = (problem: string): CommandResult => ({
  exitCode: 2,
  stderr: `${problem}\n\n${USAGE}`,
})

/** Exit 2 for an option given a value it does not take. */
const badChoice = (option: string, choices: string, given: string): CommandResult => ({
  exitCode: 2,
  stderr: `--${option} must be ${choices}, got ${JSON.stringify(given)}`,
})

async function run(argv: string[]): Promise<CommandResult> {
  const [command, ...rest] = argv
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { exitCode: command === undefined ? 2 : 0, stdout: USAGE }
  }
  if (command === 'analyze' || command === 'balance') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        db: { type: 'string' },
        client: { type: 'string' },
      },
    })
    const format = values.format
    if (format !== 'text' && format !== 'json') {
      return badChoice('format', 'text or json', format)
    }
    if (command === 'analyze' && (values.db !== undefined || values.client !== undefined)) {
      if (!values.db || !values.client || positionals.length > 0)
        return badUsage('blockwise analyze --db FILE needs --client NAME_OR_ID (and no PLAN.json)')
      return (await import('./analyze.command')).analyzeClientCommand({
        db: values.db,
        client: values.client,
        format,
      })
    }
    const [file, ...extra] = positionals
    if (file === undefined || extra.length > 0) {
      return badUsage(`blockwise ${command} needs one PLAN.json`)
    }
    return command === 'analyze'
      ? (await import('./analyze.command')).analyzeCommand(file, format)
      : (await import('./balance.command')).balanceCommand(file, format)
  }
  if (command === 'roster') {
    const { values } = parseArgs({
      args: rest,
      options: { db: { type: 'string' }, format: { type: 'string', default: 'text' } },
    })
    if (!values.db) return badUsage('blockwise roster needs --db FILE')
    if (values.format !== 'text' && values.format !== 'json') {
      return badChoice('format', 'text or json', values.format)
    }
    const { rosterCommand } = await import('./roster.command')
    return rosterCommand(values.db, values.format)
  }
  if (command === 'export') {
    const { values } = parseArgs({
      args: rest,
      options: {
        db: { type: 'string' },
        client: { type: 'string' },
        all: { type: 'boolean', default: false },
        out: { type: 'string' },
        pdf: { type: 'boolean', default: false },
        ics: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        weeks: { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        strict: { type: 'boolean', default: false },
      },
    })
    const paper = values.paper.toUpperCase()
    if (!values.db || !values.out || (values.client === undefined) === !values.all) {
      return badUsage(
        'blockwise export needs --db FILE, --out DIR and either --client NAME_OR_ID or --all',
      )
    }
    if (paper !== 'A4' && paper !== 'LETTER') {
      return badChoice('paper', 'a4 or letter', values.paper)
    }
    const { exportCommand } = await import('./export.command')
    return exportCommand({ ...values, db: values.db, out: values.out, paper })
  }
  if (command === 'import') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        client: { type: 'string' },
        name: { type: 'string' },
        start: { type: 'string' },
        active: { type: 'boolean', default: false },
      },
    })
    const [file, ...extra] = positionals
    if (!values.db || file === undefined || extra.length > 0) {
      return badUsage('blockwise import needs --db FILE and one PLAN.json or CSV file')
    }
    const { importCommand } = await import('./import.command')
    return importCommand({ ...values, db: values.db, file })
  }
  if (command === 'dump' || command === 'load') {
    const { values } = parseArgs({
      args: rest,
      options: { db: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' } },
    })
    if (command === 'dump') {
      if (!values.db || !values.out) {
        return badUsage('blockwise dump needs --db FILE --out FILE.json')
      }
      return (await import('./dump.command')).dumpCommand(values.db, values.out)
    }
    if (!values.from || !values.db) {
      return badUsage('blockwise load needs --from FILE.json --db NEWFILE')
    }
    return (await import('./dump.command')).loadCommand(values.from, values.db)
  }
  if (command === 'backup' || command === 'restore') {
    const { values } = parseArgs({
      args: rest,
      options: { db: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' } },
    })
    if (command === 'backup') {
      if (!values.db || !values.out) {
        return badUsage('blockwise backup needs --db FILE --out FILE')
      }
      return (await import('./backup.command')).backupCommand(values.db, values.out)
    }
    if (!values.from || !values.db) {
      return badUsage('blockwise restore needs --from BACKUP --db NEWFILE')
    }
    return (await import('./backup.command')).restoreCommand(values.from, values.db)
  }
  if (command === 'maxes') {
    const { values } = parseArgs({
      args: rest,
      options: {
        db: { type: 'string' },
        client: { type: 'string' },
        set: { type: 'string', multiple: true, default: [] },
        format: { type: 'string', default: 'text' },
      },
    })
    if (!values.db || !values.client) {
      return badUsage('blockwise maxes needs --db FILE --client NAME_OR_ID')
    }
    if (values.format !== 'text' && values.format !== 'json') {
      return badChoice('format', 'text or json', values.format)
    }
    return (await import('./maxes.command')).maxesCommand({
      db: values.db,
      client: values.client,
      set: values.set,
      format: values.format,
    })
  }
  if (command === 'log') {
    const { values } = parseArgs({
      args: rest,
      options: {
        db: { type: 'string' },
        client: { type: 'string' },
        date: { type: 'string' },
        session: { type: 'string' },
        done: { type: 'boolean', default: false },
        skipped: { type: 'boolean', default: false },
        rpe: { type: 'string' },
        minutes: { type: 'string' },
      },
    })
    if (!values.db || !values.client || !values.date || !values.session)
      return badUsage(
        'blockwise log needs --db FILE --client NAME_OR_ID --date YYYY-MM-DD --session ID',
      )
    if (values.done === values.skipped) return badUsage('blockwise log needs --done or --skipped')
    const whole = (name: string, text: string | undefined, lo: number, hi: number) => {
      if (text === undefined) return undefined
      const n = Number(text)
      return Number.isInteger(n) && n >= lo && n <= hi
        ? n
        : `--${name} must be a whole number ${lo}–${hi}, got ${JSON.stringify(text)}`
    }
    const rpe = whole('rpe', values.rpe, 0, 10)
    const minutes = whole('minutes', values.minutes, 1, 1440)
    for (const v of [rpe, minutes]) if (typeof v === 'string') return { exitCode: 2, stderr: v }
    if (values.skipped && (rpe !== undefined || minutes !== undefined))
      return { exitCode: 2, stderr: 'A skipped session has no --rpe or --minutes.' }
    return (await import('./log.command')).logCommand({
      db: values.db,
      client: values.client,
      date: values.date,
      session: values.session,
      outcome: values.done ? 'completed' : 'skipped',
      rpe: rpe as number | undefined,
      minutes: minutes as number | undefined,
    })
  }
  if (command === 'template') {
    const [action, ...args] = rest
    if (action !== 'list' && action !== 'save' && action !== 'apply')
      return badUsage('blockwise template needs list, save or apply')
    const { values } = parseArgs({
      args,
      options: {
        db: { type: 'string' },
        client: { type: 'string' },
        block: { type: 'string' },
        name: { type: 'string' },
        template: { type: 'string' },
        start: { type: 'string' },
        activate: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
      },
    })
    if (!values.db) return badUsage(`blockwise template ${action} needs --db FILE`)
    if (values.format !== 'text' && values.format !== 'json') {
      return badChoice('format', 'text or json', values.format)
    }
    if (action === 'save' && (!values.client || !values.name))
      return badUsage('blockwise template save needs --client NAME_OR_ID and --name NAME')
    if (action === 'apply' && (!values.template || !values.client || !values.start))
      return badUsage(
        'blockwise template apply needs --template NAME_OR_ID, --client NAME_OR_ID and --start YYYY-MM-DD',
      )
    return (await import('./template.command')).templateCommand({
      action,
      db: values.db,
      format: values.format,
      client: values.client,
      block: values.block,
      name: values.name,
      template: values.template,
      start: values.start,
      activate: values.activate,
    })
  }
  if (command === 'demo') {
    const { values } = parseArgs({ args: rest, options: { db: { type: 'string' } } })
    if (!values.db) return badUsage('blockwise demo needs --db FILE')
    return (await import('./demo.command')).demoCommand(values.db)
  }
  return badUsage(`Unknown command ${JSON.stringify(command)}.`)
}

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

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
