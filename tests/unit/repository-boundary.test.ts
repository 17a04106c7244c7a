import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findReferencesOutsideRoot } from '../support/paths-outside-root'
import { tempDir } from '../support/temp-files'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * `up(n)` is n parent steps. The planted samples below are spelled with it so that this file
 * does not itself hold the paths the guard looks for.
 */
const up = (n: number) => '../'.repeat(n)
const DOTS = "'..'"

/** A small project tree with `files` (path → text) written into it. */
function projectWith(files: Record<string, string>): string {
  const root = tempDir()
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

describe('the repository is the whole project', () => {
  it('no source, script, bench, test or doc reads a path outside the repository', () => {
    expect(findReferencesOutsideRoot(ROOT)).toEqual([])
  })

  it.each([
    [
      'a working-directory path',
      'tests/a.ts',
      `readFileSync(path.resolve('${up(1)}shared/s.json'))`,
    ],
    [
      'a path from the file',
      'tests/unit/b.ts',
      `path.resolve(import.meta.dirname, '${up(3)}shared')`,
    ],
    ['a module outside', 'bench/c.ts', `import { x } from '${up(2)}shared/engine'`],
    ['segments', 'scripts/d.mjs', `path.join(root, ${DOTS}, 'shared', 'docs')`],
    ['a README link', 'README.md', `See [the spec](${up(1)}shared/docs/engine-rules.md).`],
    ['a package script', 'package.json', `{"scripts": {"x": "node ${up(1)}shared/tool.js"}}`],
  ])('finds a planted outside path: %s', (_what, file, text) => {
    const root = projectWith({ [file]: text })
    expect(findReferencesOutsideRoot(root)).toHaveLength(1)
  })

  it('accepts climbs that stay inside', () => {
    const root = projectWith({
      'renderer/src/api/e.ts': `import { x } from '${up(3)}shared/contract/api-client'`,
      'tests/support/f.ts': `path.resolve(import.meta.dirname, '${up(1)}scenarios')`,
      'docs/g.md': `Scenarios live in \`${up(1)}tests/scenarios/\`.`,
    })
    expect(findReferencesOutsideRoot(root)).toEqual([])
  })
})
