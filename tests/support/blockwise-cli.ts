import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** The command line as a user runs it: the package's bin, in a fresh Node process. */
export const BIN = path.resolve('bin/blockwise.mjs')

/** Runs `blockwise …args` and gives its exit status, stdout and stderr. */
export const blockwise = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' })
