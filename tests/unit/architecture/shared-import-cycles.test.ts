import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { importCycles } from '../../support/import-cycles'
import { tempDir } from '../../support/temp-files'

const ROOT = path.resolve(import.meta.dirname, '../../..')

/** A folder with `files` (path → text) written into it. */
function treeWith(files: Record<string, string>): string {
  const root = tempDir()
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), text)
  }
  return root
}

describe('shared/ is layered: no two modules import each other, directly or round about', () => {
  it('has no import cycle, type-only imports included', () => {
    expect(importCycles(path.join(ROOT, 'shared'))).toEqual([])
  })

  it('the rule catalogue the renderer reads is data: it loads no rule, only word helpers that import nothing', () => {
    const read = (file: string) =>
      ts
        .preProcessFile(readFileSync(file, 'utf8'), true, true)
        .importedFiles.map((i) => path.resolve(path.dirname(file), i.fileName) + '.ts')
    const catalogue = path.join(ROOT, 'shared/engine/rules/rule-catalogue.ts')
    for (const helper of read(catalogue)) {
      expect(path.relative(ROOT, helper)).not.toMatch(/rules\/|analyze|registry/)
      expect(read(helper), path.relative(ROOT, helper)).toEqual([])
    }
  })

  it.each([
    [
      'a type import back',
      {
        'a.ts': `import type { B } from './b'\nexport type A = B`,
        'b.ts': `import type { A } from './a'\nexport type B = A`,
      },
      ['a.ts', 'b.ts'],
    ],
    [
      'a re-export round three files',
      {
        'x/a.ts': `export * from '../b'`,
        'b.ts': `export { c } from './c'`,
        'c.ts': `import { a } from './x/a'\nexport const c = a`,
      },
      ['b.ts', 'c.ts', 'x/a.ts'],
    ],
  ])('finds %s', (_, files, cycle) => {
    expect(importCycles(treeWith(files))).toEqual([cycle])
  })
})
