import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeNewFile } from '../../../db/files/write-new-file'
import { blockwise } from '../../support/blockwise-cli'
import { tempDir } from '../../support/temp-files'

describe('--force replaces a file, never a device, a pipe or a folder', () => {
  it('a named pipe is refused by dump, backup, restore and load, with --force too, and stays a pipe', () => {
    const dir = tempDir()
    const db = path.join(dir, 'demo.db')
    expect(blockwise('demo', '--db', db).status).toBe(0)
    const dump = path.join(dir, 'dump.json')
    expect(blockwise('dump', '--db', db, '--out', dump).status).toBe(0)
    const backup = path.join(dir, 'bk.db')
    expect(blockwise('backup', '--db', db, '--out', backup).status).toBe(0)
    const pipe = path.join(dir, 'pipe')
    execFileSync('mkfifo', [pipe])
    const runs = [
      ['dump', '--db', db, '--out', pipe, '--force'],
      ['backup', '--db', db, '--out', pipe, '--force'],
      ['restore', '--from', backup, '--db', pipe, '--force'],
      ['load', '--from', dump, '--db', pipe, '--force'],
    ]
    for (const args of runs) {
      const run = blockwise(...args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toContain('is a device, pipe or socket, not a file')
      expect(lstatSync(pipe).isFIFO(), args.join(' ')).toBe(true)
    }
  })

  it('a name ending in a slash names a folder: nothing is written under the bare name', () => {
    const dir = tempDir()
    expect(() => writeNewFile(path.join(dir, 'out') + '/', 'x', { force: true })).toThrow(
      /names a folder, not a file/,
    )
    mkdirSync(path.join(dir, 'folder'))
    expect(() => writeNewFile(path.join(dir, 'folder'), 'x', { force: true })).toThrow(
      /is a folder, not a file/,
    )
    writeFileSync(path.join(dir, 'plain'), 'old')
    expect(writeNewFile(path.join(dir, 'plain'), 'new', { force: true })).toBe(
      path.join(dir, 'plain'),
    )
  })
})
