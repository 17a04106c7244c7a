import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const TOP = ['renderer', 'server', 'shared', 'db', 'electron', 'hosts', 'cli', 'docs', 'bench']

it('every file the README names (its map of the code included) is where it says', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
  const named = [...readme.matchAll(/`([\w.-]+(?:\/[\w.-]+)+\.(?:ts|tsx|md|json|mjs))`/g)]
    .map((m) => m[1]!)
    .filter((p) => TOP.includes(p.split('/')[0]!))
  expect(named.length).toBeGreaterThan(20)
  expect([...new Set(named)].filter((p) => !existsSync(path.join(ROOT, p)))).toEqual([])
})
