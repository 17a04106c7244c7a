// The command line runs from an esbuild bundle of cli/, rebuilt when a source is newer
// than it (as `npm start` decides for the app): compiling TypeScript on every call cost ~0.8 s
// against ~0.05 s for Node itself.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { newestSource } from './newest-source.mjs'

/** What the bundle is built from. */
const CLI_SOURCES = ['shared', 'db', 'server', 'cli', 'hosts']
/**
 * Packages loaded as installed rather than bundled: a native module, one that reads its own data
 * files (pdfkit's fonts), and electron. zod and kysely are bundled: loading their hundred-odd
 * module files one by one took longer than the rest of a plan check together. pg is CommonJS that
 * requires Node's modules at run time, which an ESM bundle cannot do.
 */
const LOADED_AS_INSTALLED = ['better-sqlite3', 'pg', 'pdfkit', 'electron', 'esbuild']

/**
 * zod re-exports the messages of fifty languages as one namespace, so bundling it brings them
 * all (a third of its size) although it only ever uses English, which it imports by itself.
 * The command line's messages are English, so the namespace becomes English alone.
 */
const englishZodMessagesOnly = {
  name: 'english-zod-messages-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: 'zod-locales', namespace: 'english-zod-messages-only' }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'english-zod-messages-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js'",
      resolveDir: build.initialOptions.absWorkingDir,
    }))
  },
}
const CLI_ENTRY = 'cli/blockwise.ts'
export const CLI_OUT_DIR = 'out/cli'
/** Chunks of earlier builds are removed once they are this old (a run may still be loading one). */
const STALE_CHUNK_MS = 60_000

/** The bundle's entry file, built first when it is missing or older than any source. */
export async function ensureCliBuild(root) {
  const entry = path.join(root, CLI_OUT_DIR, 'blockwise.mjs')
  const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0
  if (builtAt < Math.max(...CLI_SOURCES.map((d) => newestSource(path.join(root, d))))) {
    await buildCli(root)
  }
  return entry
}

/**
 * Bundles the command line. Each command is a chunk loaded when it runs, so `analyze` never
 * loads SQLite or the PDF writer. Chunks are named by content hash and every file is written
 * under a temporary name and renamed, so processes building at the same moment (parallel tests)
 * and processes running the previous build never see a half-written file.
 */
export async function buildCli(root) {
  const { build } = await import('esbuild')
  const outdir = path.join(root, CLI_OUT_DIR)
  const result = await build({
    absWorkingDir: root,
    entryPoints: { blockwise: CLI_ENTRY },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: LOADED_AS_INSTALLED,
    plugins: [englishZodMessagesOnly],
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'error',
  })
  const entry = path.join(outdir, 'blockwise.mjs')
  const written = new Set()
  // The entry last: it names the chunks, which must already be in place.
  const files = [...result.outputFiles].sort((a, b) => (a.path === entry) - (b.path === entry))
  for (const file of files) {
    mkdirSync(path.dirname(file.path), { recursive: true })
    const temporary = `${file.path}.${process.pid}.tmp`
    writeFileSync(temporary, file.contents)
    renameSync(temporary, file.path)
    written.add(file.path)
  }
  removeOldChunks(path.join(outdir, 'chunks'), written)
  return entry
}

function removeOldChunks(dir, keep) {
  const now = Date.now()
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (keep.has(file)) continue
    try {
      if (now - statSync(file).mtimeMs > STALE_CHUNK_MS) unlinkSync(file)
    } catch {
      // Another build removed it first.
    }
  }
}
