import { localIsoDate } from '../../shared/plans/calendar'
import { databaseCommand, databaseOptions, theDatabase } from './database-option'
import { formatOption } from './format-option'

const CLIENT = {
  type: 'string',
  value: 'NAME_OR_ID',
  required: true,
  help: 'the client, by exact name (any case) or id',
} as const
const DB = databaseOptions()
const FORMAT = formatOption()

/** `text` as a whole number from `lo` to `hi`, or the message naming the option. */
function wholeNumber(name: string, text: string | undefined, lo: number, hi: number) {
  if (text === undefined) return undefined
  return /^\d+$/.test(text.trim()) && Number(text) >= lo && Number(text) <= hi
    ? Number(text)
    : `--${name} must be a whole number ${lo}–${hi}, got ${JSON.stringify(text)}`
}

/** Commands about the roster and one client's blocks, maxes and handouts. */
export const clientCommands = [
  databaseCommand({
    name: 'roster',
    summary: 'check every client’s active block at once; exit 1 on warn or worse',
    options: { ...DB, format: FORMAT },
    run: async (values) =>
      (await import('../roster.command')).rosterCommand(theDatabase(values), values.format),
  }),
  databaseCommand({
    name: 'import',
    summary:
      'a plan file, a coach’s training sheet, a sessions CSV, a clients CSV or readiness reports, all or none (the format is read from the file)',
    positionals: [
      {
        name: 'FILE',
        help: 'PLAN.json, a training sheet (.csv/.tsv), a sessions, clients or readiness CSV',
        required: true,
      },
    ],
    options: {
      ...DB,
      client: {
        type: 'string',
        value: 'NAME_OR_ID',
        help: 'whose block or reports (a plan file or a sheet makes a new client of that name if none has it)',
      },
      name: { type: 'string', value: 'BLOCK', help: 'the new block’s name (default: the file’s)' },
      start: {
        type: 'string',
        value: 'YYYY-MM-DD',
        help: 'the block’s first Monday (a sheet: the next Monday unless given)',
      },
      active: { type: 'boolean', help: 'make it the active block (a draft otherwise)' },
    },
    run: async (values, [file]) =>
      (await import('../import.command')).importCommand({
        ...values,
        db: theDatabase(values),
        file: file!,
      }),
  }),
  databaseCommand({
    name: 'export',
    summary: 'write client handouts (PDF by default, calendar, CSV) into a folder',
    forms: [
      '(--db FILE | --pg URL) (--client NAME_OR_ID | --all) --out DIR [--pdf] [--ics] [--csv] [--weeks 1-4] [--paper a4|letter] [--strict] [--force]',
    ],
    options: {
      ...DB,
      client: { type: 'string', value: 'NAME_OR_ID', help: 'one client' },
      all: { type: 'boolean', help: 'every client with an active block' },
      out: { type: 'string', value: 'DIR', required: true, help: 'the folder to write into' },
      pdf: { type: 'boolean', help: 'a printable PDF' },
      ics: { type: 'boolean', help: 'an iCalendar file' },
      csv: { type: 'boolean', help: 'a CSV that imports back' },
      weeks: { type: 'string', value: '1-4', help: 'only these weeks' },
      paper: { type: 'string', value: 'a4|letter', default: 'a4', help: 'the PDF’s paper size' },
      strict: {
        type: 'boolean',
        help: 'refuse, writing nothing, when a block has open critical findings',
      },
      force: { type: 'boolean', help: 'replace handout files of the same name in the folder' },
    },
    check: (values) => {
      if ((values.client === undefined) === !values.all)
        return 'blockwise export needs either --client NAME_OR_ID or --all'
      const paper = values.paper.toLowerCase()
      return paper === 'a4' || paper === 'letter'
        ? null
        : `--paper must be a4 or letter, got ${JSON.stringify(values.paper)}`
    },
    run: async (values) =>
      (await import('../export.command')).exportCommand({
        ...values,
        db: theDatabase(values),
        paper: values.paper.toLowerCase() === 'a4' ? 'A4' : 'LETTER',
      }),
  }),
  databaseCommand({
    name: 'maxes',
    summary: 'list a client’s maxes in their unit; --set records maxes or the threshold pace',
    options: {
      ...DB,
      client: CLIENT,
      set: {
        type: 'string',
        value: '"LIFT=LOAD"',
        multiple: true,
        help: 'a tested 1RM ("Back squat=140", "=315lb"), a set to estimate it ("=100x5"), "threshold=4:33" (or /mi) or "10k=45:00"; all or none',
      },
      format: FORMAT,
    },
    run: async (values) =>
      (await import('../maxes.command')).maxesCommand({ ...values, db: theDatabase(values) }),
  }),
  databaseCommand({
    name: 'log',
    summary: 'record that a session was done (actual RPE, minutes) or skipped',
    forms: [
      '(--db FILE | --pg URL) --client NAME_OR_ID --date YYYY-MM-DD --session ID (--done [--rpe N] [--minutes N] [--force] | --skipped)',
    ],
    options: {
      ...DB,
      client: CLIENT,
      date: { type: 'string', value: 'YYYY-MM-DD', required: true, help: 'the session’s date' },
      session: { type: 'string', value: 'ID', required: true, help: 'the session’s id' },
      done: { type: 'boolean', help: 'it was done' },
      skipped: { type: 'boolean', help: 'it was skipped' },
      rpe: { type: 'string', value: 'N', help: 'the actual session RPE, 0–10' },
      minutes: { type: 'string', value: 'N', help: 'the actual minutes, 1–1440' },
      force: { type: 'boolean', help: 'log as done a session dated after today' },
    },
    check: (values) => {
      if (values.done === values.skipped) return 'blockwise log needs --done or --skipped'
      for (const v of [
        wholeNumber('rpe', values.rpe, 0, 10),
        wholeNumber('minutes', values.minutes, 1, 1440),
      ])
        if (typeof v === 'string') return v
      return values.skipped && (values.rpe !== undefined || values.minutes !== undefined)
        ? 'A skipped session has no --rpe or --minutes.'
        : null
    },
    run: async (values) =>
      (await import('../log.command')).logCommand({
        ...values,
        db: theDatabase(values),
        outcome: values.done ? 'completed' : 'skipped',
        rpe: wholeNumber('rpe', values.rpe, 0, 10) as number | undefined,
        minutes: wholeNumber('minutes', values.minutes, 1, 1440) as number | undefined,
        today: localIsoDate(new Date()),
      }),
  }),
]
