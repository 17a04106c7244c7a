import os from 'node:os'
import path from 'node:path'
import { makeFolder } from '../db/files/make-folder'
import { writeNewFile } from '../db/files/write-new-file'
import { defaultDataDirectory } from '../server/data-location'
import type { CommandResult } from './command-result'

/** Absolute paths (POSIX or Windows) in a message, each left as its last part. */
const ABSOLUTE_PATH = /(?:[A-Za-z]:)?(?:[\\/][^\s\\/'"`(),:]+)+[\\/]?/g

/** The first line of an error's message, with no path of this machine in it. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const first = message.split('\n', 1)[0]!.trim() || 'no message'
  return first.replace(ABSOLUTE_PATH, (p) => path.basename(p) || p)
}

/** Writes the whole story to a log file; returns its path, or null when none could be written. */
function writeLog(error: unknown, argv: string[], now: Date): string | null {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  const text = [
    `blockwise ${argv.map((a) => JSON.stringify(a)).join(' ')}`,
    `at ${now.toISOString()}, Node ${process.version} on ${process.platform}`,
    '',
    error instanceof Error ? (error.stack ?? error.message) : String(error),
    '',
  ].join('\n')
  for (const folder of [path.join(defaultDataDirectory(), 'logs'), os.tmpdir()]) {
    try {
      const file = path.join(makeFolder(folder), `blockwise-cli-${stamp}-${process.pid}.log`)
      writeNewFile(file, text)
      return file
    } catch {
      // The next place, or none: the one line is still printed.
    }
  }
  return null
}

/**
 * An error no command expected (a bug, or the machine failing): one line for the coach, with no
 * stack and no path of theirs, and the full trace in a log file (owner-only) whose path is
 * printed, for a bug report.
 */
export function internalError(error: unknown, argv: string[], now = new Date()): CommandResult {
  const log = writeLog(error, argv, now)
  return {
    exitCode: 2,
    stderr: `Blockwise stopped on an internal error: ${oneLine(error)}${log ? `\nThe details are in ${log}` : ''}`,
  }
}
