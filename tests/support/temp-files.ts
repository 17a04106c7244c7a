import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

/** A fresh folder for this test, removed after it. Databases in tests are real files. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-test-'))
  made.push(dir)
  return dir
}

export function tempDbFile(): string {
  return path.join(tempDir(), 'blockwise.db')
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})
