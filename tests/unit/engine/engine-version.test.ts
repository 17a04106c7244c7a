import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { build, transform } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { ENGINE_VERSION } from '../../../shared/engine/engine-version'

/**
 * The code a stored analysis comes from (server/analysis): the engine and how a block becomes its
 * plan, bundled and minified (so comments and formatting do not count), and how its history and
 * readiness are gathered. When any of it changes, this hash changes.
 */
const ANALYSIS_ENTRY = `
  export * from './shared/engine/analyze'
  export * from './shared/engine/past-history'
  export * from './shared/plans/block-plan'
  export * from './shared/plans/readiness-on'
`
const GATHERING = ['server/client-history.ts', 'server/client-readiness.ts']

/**
 * The hash of that code when ENGINE_VERSION was last set. When the test fails: if any analysis
 * may now come out differently (a rule, a threshold, a message, how lines or history are read),
 * give ENGINE_VERSION a new value, so every stored analysis is computed again; either way put the
 * new hash here.
 */
const RECORDED = { version: '1.2.2', code: '1dNQUw_naFweJe9eyMv7YX0qqQj4AJ3AtIPs3owd0Q4' }

async function analysisCodeHash(): Promise<string> {
  const root = path.resolve(import.meta.dirname, '../../..')
  const bundle = await build({
    stdin: { contents: ANALYSIS_ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
  })
  const hash = createHash('sha256').update(bundle.outputFiles[0]!.text)
  for (const file of GATHERING) {
    const source = readFileSync(path.join(root, file), 'utf8')
    hash.update((await transform(source, { loader: 'ts', minify: true })).code)
  }
  return hash.digest('base64url')
}

describe('the engine version stored analyses are kept under', () => {
  it('changes with the code the analysis runs', async () => {
    expect({ version: ENGINE_VERSION, code: await analysisCodeHash() }).toEqual(RECORDED)
  }, 60_000)
})
